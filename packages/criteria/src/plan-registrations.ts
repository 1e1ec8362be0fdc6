/**
 * Bridges from @antq/domain's typical-unit registrations to the plan computations: the units that reached
 * "điển hình" (or whose ward police reached "điển hình, kiểu mẫu") are the plan's achievements; the units
 * registered or selected are counted beside them, per kind and year.
 */
import type { Plan as DomainPlan, TypicalRegistration } from "@antq/domain";
import type { Achievement, CountTargetUnit, TypicalUnitType } from "./plan-targets.js";

/**
 * Whether the điển hình registrations can count the units of a count target: every unit but khu dân cư, which
 * no registration names (@antq/domain's `TypicalSubjectSchema`). Measured from registrations, such a target
 * would always read 0 reached, a figure nobody counted; `planProgress` still counts it from achievements given.
 *
 * @example
 * countedByRegistrations("ward-police"); //=> true
 * countedByRegistrations("residential-area"); //=> false
 */
export function countedByRegistrations(unit: CountTargetUnit): boolean {
  return unit !== "residential-area";
}

/**
 * The units registered or selected for a count target of an @antq/domain plan (every status but `withdrawn`,
 * of its year and programme), each once: a ward police station by its ward, `any` over every kind of the
 * programme.
 *
 * @example
 * const registrations = [
 *   { id: "r1", year: 2024, programme: "model-ward-police", subject: "ward-police", name: "Công an phường Thắng Nhất", adminUnitId: "W26536", status: "selected" },
 *   { id: "r2", year: 2024, programme: "model-ward-police", subject: "ward-police", name: "Công an phường Thắng Nhất", adminUnitId: "W26536", status: "achieved" },
 * ] as TypicalRegistration[];
 * registeredForTarget({ year: 2024, programme: "model-ward-police", subject: "ward-police", count: 4 }, registrations); //=> 1
 */
export function registeredForTarget(
  target: Pick<NonNullable<DomainPlan["countTargets"]>[number], "year" | "programme" | "subject">,
  registrations: readonly TypicalRegistration[],
): number {
  const units = new Set<string>();
  for (const r of registrations) {
    if (r.status === "withdrawn" || r.year !== target.year || r.programme !== target.programme) continue;
    if (target.subject !== "any" && r.subject !== target.subject) continue;
    units.add(
      r.programme === "model-ward-police" ? (r.adminUnitId ?? r.id) : (r.unitId ?? r.adminUnitId ?? r.id),
    );
  }
  return units.size;
}

/**
 * The achievements of some registrations: those with status `achieved`. A ward police station counts as its
 * ward (`unitType: "ward"`, programme `model-ward-police`, with the ward's administrative unit for lineage).
 *
 * @example
 * const registrations = [
 *   { id: "r1", year: 2023, programme: "typical-unit", subject: "commune", name: "Xã Mỹ Khánh", status: "achieved" },
 * ] as TypicalRegistration[];
 * achievementsFromRegistrations(registrations)[0]?.unitType; //=> "commune"
 */
export function achievementsFromRegistrations(registrations: readonly TypicalRegistration[]): Achievement[] {
  return registrations
    .filter((r) => r.status === "achieved")
    .map((r) => ({
      unitId: r.unitId ?? r.adminUnitId ?? r.id,
      name: r.name,
      unitType: (r.subject === "ward-police" ? "ward" : r.subject) as TypicalUnitType,
      year: r.year,
      programme: r.programme,
      ...(r.adminUnitId !== undefined ? { adminUnitId: r.adminUnitId } : {}),
    }));
}

/**
 * Registrations of one kind and year: in the programme (every status but `withdrawn`) and reached
 * (`achieved`), counting each unit once.
 *
 * @example
 * const c: RegistrationCount = { programme: "typical-unit", subject: "commune", year: 2023, registered: 6, achieved: 4 };
 */
export interface RegistrationCount {
  readonly programme: TypicalRegistration["programme"];
  readonly subject: TypicalRegistration["subject"];
  readonly year: number;
  readonly registered: number;
  readonly achieved: number;
}

/**
 * Counts registrations by programme, kind and year (sorted by year, then in the order kinds first appear).
 *
 * @example
 * const registrations = [
 *   { id: "r1", year: 2023, programme: "typical-unit", subject: "agency", name: "Sở Tư pháp", status: "selected" },
 * ] as TypicalRegistration[];
 * countRegistrations(registrations); //=> [{ programme: "typical-unit", subject: "agency", year: 2023, registered: 1, achieved: 0 }]
 */
export function countRegistrations(registrations: readonly TypicalRegistration[]): RegistrationCount[] {
  const groups = new Map<
    string,
    {
      programme: RegistrationCount["programme"];
      subject: RegistrationCount["subject"];
      year: number;
      all: Set<string>;
      done: Set<string>;
    }
  >();
  for (const r of registrations) {
    if (r.status === "withdrawn") continue;
    const key = `${r.programme}\u0000${r.subject}\u0000${r.year}`;
    let g = groups.get(key);
    if (!g) {
      g = { programme: r.programme, subject: r.subject, year: r.year, all: new Set(), done: new Set() };
      groups.set(key, g);
    }
    const unit = r.unitId ?? r.adminUnitId ?? r.id;
    g.all.add(unit);
    if (r.status === "achieved") g.done.add(unit);
  }
  return [...groups.values()]
    .sort((a, b) => a.year - b.year)
    .map((g) => ({
      programme: g.programme,
      subject: g.subject,
      year: g.year,
      registered: g.all.size,
      achieved: g.done.size,
    }));
}
