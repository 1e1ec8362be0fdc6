/**
 * The documentation page: one self-contained HTML file (no script, no CDN, inline style only) listing every
 * operation of the OpenAPI document, its parameters, request body and responses, with links to the JSON
 * Schemas and to `/openapi.json`.
 */

interface Operation {
  readonly summary?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly parameters?: readonly { name: string; in: string; required?: boolean; description?: string }[];
  readonly requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  readonly responses?: Record<string, { description?: string }>;
}

/** The part of an OpenAPI document the page reads. */
export interface OpenApiLike {
  readonly info: { readonly title: string; readonly version: string; readonly description?: string };
  readonly paths?: Record<string, Record<string, Operation> | undefined>;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const refName = (ref: string | undefined) => (ref === undefined ? undefined : ref.split("/").pop());

/** The HTML of the documentation page of `doc`. */
export const docsPage = (doc: OpenApiLike): string => {
  const sections: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item ?? {})) {
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ", bắt buộc" : ""})${p.description ? ` — ${escapeHtml(p.description)}` : ""}</li>`,
        )
        .join("");
      const bodyRef = refName(op.requestBody?.content?.["application/json"]?.schema?.$ref);
      const responses = Object.entries(op.responses ?? {})
        .map(
          ([status, r]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description ?? "")}</li>`,
        )
        .join("");
      sections.push(
        `<section><h2><span class="m">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h2>` +
          `<p>${escapeHtml(op.summary ?? "")}</p>` +
          (op.description ? `<p>${escapeHtml(op.description)}</p>` : "") +
          (params ? `<h3>Tham số</h3><ul>${params}</ul>` : "") +
          (bodyRef
            ? `<h3>Nội dung gửi lên</h3><p><code>${escapeHtml(bodyRef)}</code> (xem /openapi.json)</p>`
            : "") +
          `<h3>Trả lời</h3><ul>${responses}</ul></section>`,
      );
    }
  }
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
code{background:#f3f3f3;padding:0 .2rem}section{border-top:1px solid #ccc;padding:.5rem 0}.m{color:#06c}</style>
</head><body><h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? "")}</p>
<p>Tài liệu máy đọc: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Lược đồ dữ liệu: <a href="/v1/schemas">/v1/schemas</a>. Lỗi trả về theo RFC 9457 (<code>application/problem+json</code>).</p>
${sections.join("\n")}
</body></html>`;
};
