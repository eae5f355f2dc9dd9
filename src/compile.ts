/**
 * `webcast-partnership/compile`: opt-in compiled parsing. Import it once, first, in an
 * application's entry point, before anything from `webcast-partnership`:
 *
 * ```ts
 * import 'webcast-partnership/compile';
 * import { parseCoverageRequest } from 'webcast-partnership';
 * ```
 *
 * It installs zod's compiler (`zod/compile`, the copy of zod this library uses) so that every model
 * schema built afterwards is compiled to a fast path on its first parse: about five times faster
 * parsing of a large coverage request, with the same results and the same issues (zod falls back to
 * its runtime parser for invalid input and wherever `new Function` is not allowed). The compiler
 * weighs about 29 KB minified, which is why the default entry does without it. docs/quality.md
 * has the measurements.
 *
 * @packageDocumentation
 */
import 'zod/compile';
