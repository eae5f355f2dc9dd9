import { describe, expect, it } from 'vitest';
import { simulateSeason } from '../../src/season/entry.js';
import { formatSimulation } from '../../src/cli/commands/simulate.js';
import { demoSeason } from './_simulate.js';

// The demo's two covered events, a sponsor of 800 with chance 1/2, four runs of seed 7. By hand,
// from the reference draws (even: a sponsor), events in request-id order (late, then webdays):
// runs (no, yes), (yes, yes), (yes, no), (yes, yes). Uncovered: 800 + 2200, 0 + 2200, 0 + 3000,
// 0 + 2200; received 800, 1600, 800, 1600; March 2200, 2200, 3000, 2200; April 800, 0, 0, 0.
const { requests, plan } = demoSeason();
const result = simulateSeason(plan, { requests, sponsorChance: '0.5', contributions: '800', runs: 4, seed: 7 });

describe('formatSimulation', () => {
  it('prints the demo in English (golden)', () => {
    expect(formatSimulation(result, 'en')).toBe(`Simulated season · policy 2009-04 · as of 2026-02-10T00:00:00.000Z
4 runs · seed 7 · 2 partnership event(s) · breakeven committed 3800.00

request            event        month    breakeven  chance  contribution
-----------------  -----------  -------  ---------  ------  ------------
req-late-releases  evt-late     2026-04     800.00     0.5        800.00
req-webdays        evt-webdays  2026-03    3000.00     0.5        800.00

                               mean    median   5th pct  95th pct
-------------------------  --------  --------  --------  --------
uncovered (producer risk)   2600.00   2200.00   2200.00   3000.00
platform net               -2600.00  -3000.00  -3000.00  -2200.00
organizer shares paid          0.00      0.00      0.00      0.00
sponsor money received      1200.00    800.00    800.00   1600.00

Breaks even (platform net ≥ 0) in 0 of 4 runs.
No number of sponsored events breaks even in half of its runs.

Uncovered breakeven by month:
month       mean   median  5th pct  95th pct
-------  -------  -------  -------  --------
2026-03  2400.00  2200.00  2200.00   3000.00
2026-04   200.00     0.00     0.00    800.00
Amounts in EUR.
`);
  });

  it('prints the demo in French (golden)', () => {
    expect(formatSimulation(result, 'fr')).toBe(`Saison simulée · politique 2009-04 · au 2026-02-10T00:00:00.000Z
4 tirages · graine 7 · 2 événement(s) en partenariat · point mort engagé 3800.00

demande            événement    mois     point mort  probabilité  apport
-----------------  -----------  -------  ----------  -----------  ------
req-late-releases  evt-late     2026-04      800.00          0.5  800.00
req-webdays        evt-webdays  2026-03     3000.00          0.5  800.00

                                  moyenne   médiane  5e centile  95e centile
-------------------------------  --------  --------  ----------  -----------
non couvert (risque producteur)   2600.00   2200.00     2200.00      3000.00
net plateforme                   -2600.00  -3000.00    -3000.00     -2200.00
parts versées à l'organisateur       0.00      0.00        0.00         0.00
apports des sponsors              1200.00    800.00      800.00      1600.00

À l'équilibre (net plateforme ≥ 0) dans 0 tirages sur 4.
Aucun nombre d'événements sponsorisés n'atteint l'équilibre dans la moitié de ses tirages.

Point mort non couvert par mois :
mois     moyenne  médiane  5e centile  95e centile
-------  -------  -------  ----------  -----------
2026-03  2400.00  2200.00     2200.00      3000.00
2026-04   200.00     0.00        0.00       800.00
Montants en EUR.
`);
  });

  it('says how many sponsored events are needed, and lists requests without a contract', () => {
    const sure = simulateSeason(plan, { requests, sponsorChance: '1', contributions: '4000', runs: 2 });
    expect(formatSimulation(sure, 'en')).toContain('Sponsored events needed: 2 (at least half of the runs with that many sponsors break even).');
    expect(formatSimulation({ ...sure, withoutContract: ['req-x'] }, 'fr')).toContain("Couvertes sans contrat pour l'instant (point mort non fixé) : req-x");
  });
});
