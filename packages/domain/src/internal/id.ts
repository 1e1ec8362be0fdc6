import * as z from "zod";

/** ASCII identifier: letters, digits and `. _ : / -`, 1–128 characters, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;

/** A string identifier checked against {@link ID_PATTERN}. */
export const idString = (title: string) => z.string().regex(ID_PATTERN).meta({ title });

/** A count: a non-negative safe integer. */
export const count = (title: string) => z.int().nonnegative().meta({ title });

/** A trimmed, NFC-normalised, non-empty text of at most `max` characters. */
export const text = (title: string, max = 500) =>
  z.string().normalize("NFC").trim().min(1).max(max).meta({ title });
