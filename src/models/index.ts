export type { CrewAvailability, CrewConflict } from './availability.js';
