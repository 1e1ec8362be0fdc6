/**
 * The short forms every command is declared with: its flags and arguments in one line each (Vietnamese help
 * text, optional or with a default), and the command with its alias, description and examples.
 */
import { Argument, Command, Flag } from "effect/cli";

/** Alias first (`-o`), then the help text: the two things every flag here has. */
const described = <A>(flag: Flag.Flag<A>, description: string, alias: string | undefined) =>
  (alias === undefined ? flag : flag.pipe(Flag.withAlias(alias))).pipe(Flag.withDescription(description));

/** `--name <text>`, optional. */
export const textFlag = (name: string, description: string, alias?: string) =>
  described(Flag.String(name), description, alias).pipe(Flag.optional);

/** `--name <text>`, any number of times (in order). */
export const textsFlag = (name: string, description: string) =>
  described(Flag.String(name), description, undefined).pipe(Flag.atLeast(0));

/** `--name <integer>`, optional. */
export const intFlag = (name: string, description: string) =>
  described(Flag.Int(name), description, undefined).pipe(Flag.optional);

/** `--name <integer>`, required. */
export const requiredIntFlag = (name: string, description: string) =>
  described(Flag.Int(name), description, undefined);

/** `--name`, off unless given. */
export const switchFlag = (name: string, description: string) =>
  described(Flag.Boolean(name), description, undefined).pipe(Flag.withDefault(false));

/** The input files: `tệp…`, at least `min` of them. */
export const filesArgument = (description: string, min = 0) =>
  Argument.String("tệp").pipe(Argument.withDescription(description), Argument.atLeast(min));

/** One input file, optional (commands that can also read the store). */
export const fileArgument = (description: string) =>
  Argument.String("tệp").pipe(Argument.withDescription(description), Argument.optional);

/** What `antq <command> --help` says of a command besides its flags. */
export interface CommandHelp {
  /** The English alias (`assess` for `danh-gia`). */
  readonly alias: string;
  readonly description: string;
  /** Example command lines, each with what it does. */
  readonly examples: readonly (readonly [command: string, description: string])[];
}

/** A command with its alias, description and examples. */
export const withHelp =
  (help: CommandHelp) =>
  <Name extends string, Input, ContextInput, E, R>(
    command: Command.Command<Name, Input, ContextInput, E, R>,
  ) =>
    command.pipe(
      Command.withAlias(help.alias),
      Command.withDescription(help.description),
      Command.withExamples(help.examples.map(([command, description]) => ({ command, description }))),
    );
