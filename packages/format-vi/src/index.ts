export {
  DOCUMENT_TYPE_NAMES,
  type DocumentKind,
  type DocumentNumber,
  documentTypeName,
  type FormatDocumentNumberOptions,
  formatDocumentNumber,
  isValidDocumentNumber,
  parseDocumentNumber,
} from "./document-number.js";
export { type FormatViError, type ParseResult, unwrap } from "./result.js";
