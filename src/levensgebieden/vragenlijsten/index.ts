/**
 * The questionnaires of the levensgebieden section: "eigen regie in eigen woorden" and the
 * optional positieve-gezondheid lens. See README.md. The core of levensgebieden calls the
 * export and erase functions from the section's hooks; app.tsx registers the routes.
 */
export { vragenlijstenFhir } from './fhir.js';
export { exporteerVragenlijsten, wisVragenlijsten } from './invullen.js';
export { vragenlijstenLeesbaar } from './leesbaar.js';
export { vragenlijstLinks } from './links.js';
/** Field encryption: notes stored before it, found and encrypted by the step at start. */
export {
  dossiersMetKlareTekst as vragenlijstenKlareDossiers,
  leesInstelling as vragenlijstInstelling,
  versleutelKlareToelichtingen as versleutelVragenlijsten,
} from './queries.js';
export { vragenlijstRoutes } from './routes.js';
