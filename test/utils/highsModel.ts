// The season assignment as a mixed-integer program, solved exactly by HiGHS: an oracle written
// apart from src/crew (it imports nothing from src/ and nothing at all at run time, so the bench
// can load it by transpiling this file alone; the caller passes the loaded `highs` solver in).
//
// Model. A binary x[r,c] for each crew c able to take request r: enough cameras, and no existing
// booking of c in conflict with r. Each request at most once. No two conflicting requests on one
// crew, where two spans conflict when they overlap once the buffer is added: `setup` when both
// cities are known and equal, `travel` otherwise (travel >= setup).
//
// Conflicts are written as cliques, which scale, plus a few pairs. Give each request the window
// [start, end + w), w = setup when its city is known, travel when it is not. Requests whose windows
// all contain one instant t conflict pairwise (same known city: the set-up windows overlap; any
// other pair: the windows overlap, so the travel-extended spans do too), so "at most one of them"
// is valid at every request start t. For a conflicting pair a, b with a.start <= b.start, b.start
// lies in a's window, and the pair is caught by the clique at b.start, except when a's city is
// known, b's city is another or unknown, and a.end + setup <= b.start < a.end + travel: those pairs
// (none in a season of 09:00-18:00 days with 2 h and 12 h buffers) get a row of their own.
//
// Lexicographic objective: maximize the number covered; then, with that number fixed, the total
// preference, scaled to integers by 10^d (d the most decimals of any preference).

/** A request in UTC milliseconds; `city` undefined when unknown. */
export interface ModelRequest {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly city: string | undefined;
  readonly cameras: number;
  readonly preference: number;
}

export interface ModelCrew {
  readonly id: string;
  readonly cameras: number;
}

export interface ModelBooking {
  readonly crewId: string;
  readonly start: number;
  readonly end: number;
  readonly city: string | undefined;
}

/** Buffers in milliseconds, travel >= setup. */
export interface ModelBuffers {
  readonly setup: number;
  readonly travel: number;
}

export interface SeasonInstance {
  readonly requests: readonly ModelRequest[];
  readonly crews: readonly ModelCrew[];
  readonly bookings: readonly ModelBooking[];
  readonly buffers: ModelBuffers;
}

/** The part of a loaded `highs` module this oracle uses (`(await loadHighs()).solve`). */
export interface HighsSolver {
  solve(
    problem: string,
    options?: Record<string, unknown>,
  ): { readonly Status: string; readonly ObjectiveValue: number; readonly Columns: Record<string, { readonly Primal?: number }> };
}

/** HiGHS's exact optimum: (covered, preference in units of 10^-decimals), one plan reaching it, and the work. */
export interface HighsOptimum {
  readonly covered: number;
  /** The total preference times 10^decimals, an exact integer. */
  readonly scaledPreference: number;
  readonly decimals: number;
  /** Request id to crew id. */
  readonly assigned: ReadonlyMap<string, string>;
  readonly stats: { readonly columns: number; readonly rows: number; readonly pairRows: number; readonly seconds: number };
}

/** The gap one crew needs between two spans (an independent statement of src/crew/_time.ts). */
export function gapBetween(a: { readonly city: string | undefined }, b: { readonly city: string | undefined }, buffers: ModelBuffers): number {
  return a.city !== undefined && a.city === b.city ? buffers.setup : buffers.travel;
}

/** Whether one crew cannot hold both spans. */
export function spansConflict(
  a: { readonly start: number; readonly end: number; readonly city: string | undefined },
  b: { readonly start: number; readonly end: number; readonly city: string | undefined },
  buffers: ModelBuffers,
): boolean {
  const gap = gapBetween(a, b, buffers);
  return a.start < b.end + gap && b.start < a.end + gap;
}

/** Preferences as exact integers times 10^decimals, from their shortest decimal writing. */
export function scaleToIntegers(preferences: readonly number[]): { values: number[]; decimals: number } {
  const decimalsOf = (p: number): number => {
    const [mantissa = '', exponent = '0'] = Math.abs(p).toString().split('e');
    const fraction = mantissa.split('.')[1] ?? '';
    return Math.max(0, fraction.length - Number(exponent));
  };
  const decimals = Math.max(0, ...preferences.map(decimalsOf));
  const values = preferences.map((p) => Math.round(p * 10 ** decimals));
  const total = values.reduce((sum, v) => sum + Math.abs(v), 0);
  if (!Number.isSafeInteger(total)) throw new Error(`preferences too precise for an exact integer objective (10^${decimals})`);
  return { values, decimals };
}

/** For each request, the indexes of the crews able to take it (cameras, and existing bookings by binary search). */
export function capableCrews(instance: SeasonInstance): number[][] {
  const { requests, crews, bookings, buffers } = instance;
  // Per crew, bookings sorted by start; a booking conflicting with r starts before r.end + travel
  // and after r.start - travel - (the longest booking of that crew).
  const held = crews.map(() => ({ list: [] as ModelBooking[], longest: 0 }));
  const crewIndex = new Map(crews.map((c, i) => [c.id, i]));
  for (const b of bookings) {
    const c = crewIndex.get(b.crewId);
    if (c === undefined) continue;
    held[c]!.list.push(b);
    held[c]!.longest = Math.max(held[c]!.longest, b.end - b.start);
  }
  for (const h of held) h.list.sort((a, b) => a.start - b.start);
  const firstAtOrAfter = (list: readonly ModelBooking[], start: number): number => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (list[mid]!.start < start) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return requests.map((r) => {
    const able: number[] = [];
    crews.forEach((crew, c) => {
      if (crew.cameras < r.cameras) return;
      const { list, longest } = held[c]!;
      for (let i = firstAtOrAfter(list, r.start - buffers.travel - longest); i < list.length && list[i]!.start < r.end + buffers.travel; i++) {
        if (spansConflict(list[i]!, r, buffers)) return;
      }
      able.push(c);
    });
    return able;
  });
}

/**
 * What breaks the rules in a plan (request id to crew id): an unknown request or crew, a crew with
 * too few cameras or an existing booking in conflict, two conflicting requests on one crew. Empty
 * when the plan is valid.
 */
export function planProblems(instance: SeasonInstance, assigned: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const capable = capableCrews(instance);
  const requestIndex = new Map(instance.requests.map((r, i) => [r.id, i]));
  const crewIndex = new Map(instance.crews.map((c, i) => [c.id, i]));
  const onCrew = new Map<string, ModelRequest[]>();
  for (const [requestId, crewId] of assigned) {
    const r = requestIndex.get(requestId);
    const c = crewIndex.get(crewId);
    if (r === undefined || c === undefined) {
      problems.push(`${requestId} on ${crewId}: unknown request or crew`);
      continue;
    }
    if (!capable[r]!.includes(c)) problems.push(`${requestId} on ${crewId}: too few cameras or an existing booking in conflict`);
    const list = onCrew.get(crewId) ?? [];
    list.push(instance.requests[r]!);
    onCrew.set(crewId, list);
  }
  for (const [crewId, list] of onCrew) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j]!.start < list[i]!.end + instance.buffers.travel; j++) {
        if (spansConflict(list[i]!, list[j]!, instance.buffers)) problems.push(`${list[i]!.id} and ${list[j]!.id} conflict on ${crewId}`);
      }
    }
  }
  return problems;
}

const name = (r: number, c: number): string => `x${r}_${c}`;

/** Writes `sum coefficient * variable` over several lines (CPLEX LP text). */
function sum(terms: readonly (readonly [number, string])[]): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 12) {
    lines.push(
      terms
        .slice(i, i + 12)
        .map(([k, v], j) => `${k < 0 ? '-' : i + j === 0 ? '' : '+'} ${Math.abs(k)} ${v}`)
        .join(' '),
    );
  }
  return lines.join('\n   ');
}

/** The model's variables and conflict rows, shared by both stages. */
export function seasonRows(instance: SeasonInstance): { variables: [number, number][]; rows: string[]; pairRows: number } {
  const { requests, buffers } = instance;
  const capable = capableCrews(instance);
  const variables: [number, number][] = [];
  const rows: string[] = [];
  capable.forEach((crews, r) => {
    for (const c of crews) variables.push([r, c]);
    if (crews.length > 1) rows.push(`once${r}: ${sum(crews.map((c) => [1, name(r, c)] as const))} <= 1`);
  });
  const able = instance.crews.map((_, c) => new Set(requests.map((_, r) => r).filter((r) => capable[r]!.includes(c))));
  const windowEnd = (r: number): number => requests[r]!.end + (requests[r]!.city === undefined ? buffers.travel : buffers.setup);

  // Cliques at each distinct start: the requests whose window contains it.
  const order = requests.map((_, r) => r).sort((a, b) => requests[a]!.start - requests[b]!.start || a - b);
  const points = [...new Set(order.map((r) => requests[r]!.start))];
  const cliques: number[][] = [];
  let active: number[] = [];
  let next = 0;
  for (const t of points) {
    while (next < order.length && requests[order[next]!]!.start <= t) active.push(order[next++]!);
    active = active.filter((r) => windowEnd(r) > t);
    cliques.push([...active]);
  }
  let count = 0;
  instance.crews.forEach((_, c) => {
    cliques.forEach((clique, i) => {
      const members = clique.filter((r) => able[c]!.has(r));
      if (members.length < 2) return;
      // Contained in the next clique when every member's window reaches the next point: skip it.
      const following = points[i + 1];
      if (following !== undefined && members.every((r) => windowEnd(r) > following)) return;
      rows.push(`k${count++}: ${sum(members.map((r) => [1, name(r, c)] as const))} <= 1`);
    });
  });

  // The conflicting pairs no clique catches (see the header).
  let pairRows = 0;
  if (buffers.travel > buffers.setup) {
    for (let i = 0; i < order.length; i++) {
      const a = requests[order[i]!]!;
      if (a.city === undefined) continue;
      for (let j = i + 1; j < order.length && requests[order[j]!]!.start < a.end + buffers.travel; j++) {
        const b = requests[order[j]!]!;
        if (b.start < a.end + buffers.setup || b.city === a.city) continue;
        for (const c of capable[order[i]!]!) {
          if (!able[c]!.has(order[j]!)) continue;
          rows.push(`p${pairRows++}: ${name(order[i]!, c)} + ${name(order[j]!, c)} <= 1`);
        }
      }
    }
  }
  return { variables, rows, pairRows };
}

const EXACT = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-6 };

/**
 * Solves the season exactly with HiGHS: most requests covered, then the highest total preference.
 * Throws when HiGHS does not prove optimality, or when its plan breaks a rule (a check of the model).
 */
export function solveSeason(highs: HighsSolver, instance: SeasonInstance, options: Record<string, unknown> = {}): HighsOptimum {
  const t0 = performance.now();
  const { variables, rows, pairRows } = seasonRows(instance);
  const { values, decimals } = scaleToIntegers(instance.requests.map((r) => r.preference));
  const stats = (): HighsOptimum['stats'] => ({ columns: variables.length, rows: rows.length + 1, pairRows, seconds: (performance.now() - t0) / 1000 });
  if (variables.length === 0) return { covered: 0, scaledPreference: 0, decimals, assigned: new Map(), stats: stats() };

  const binaries = variables.map(([r, c]) => name(r, c)).join('\n ');
  const program = (objective: readonly (readonly [number, string])[], extra: string[]): string =>
    ['Maximize', ` obj: ${sum(objective)}`, 'Subject To', ...[...rows, ...extra].map((row) => ` ${row}`), 'Binary', ` ${binaries}`, 'End', ''].join('\n');
  const run = (lp: string): ReturnType<HighsSolver['solve']> => {
    const result = highs.solve(lp, { ...EXACT, ...options });
    if (result.Status !== 'Optimal') throw new Error(`HiGHS ended with status ${result.Status}`);
    return result;
  };

  const ones = variables.map(([r, c]) => [1, name(r, c)] as const);
  const first = run(program(ones, []));
  const covered = Math.round(first.ObjectiveValue);
  // Every variable in the objective, zero weights included, so that a plan may take them.
  const weighted = variables.map(([r, c]) => [values[r]!, name(r, c)] as const);
  const second = run(program(weighted, [`covered: ${sum(ones)} = ${covered}`]));

  const assigned = new Map<string, string>();
  let scaledPreference = 0;
  for (const [r, c] of variables) {
    if ((second.Columns[name(r, c)]?.Primal ?? 0) > 0.5) {
      const request = instance.requests[r]!;
      if (assigned.has(request.id)) throw new Error(`HiGHS assigned ${request.id} twice`);
      assigned.set(request.id, instance.crews[c]!.id);
      scaledPreference += values[r]!;
    }
  }
  const problems = planProblems(instance, assigned);
  if (problems.length > 0) throw new Error(`HiGHS's plan breaks the rules, so the model is wrong: ${problems.slice(0, 3).join('; ')}`);
  if (assigned.size !== covered || scaledPreference !== Math.round(second.ObjectiveValue)) {
    throw new Error(`HiGHS's plan (${assigned.size}, ${scaledPreference}) is not its objective (${covered}, ${second.ObjectiveValue})`);
  }
  return { covered, scaledPreference, decimals, assigned, stats: stats() };
}
