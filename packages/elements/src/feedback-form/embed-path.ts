/**
 * What a popup, slider or side tab needs once it may open: the shell around the form, and the code
 * that sends (a popup opens to be answered), fetched together. The form imports this module only
 * dynamically, and only in those modes, so an inline form never downloads the shell.
 */
export { EmbedShell } from './embed-shell.js';
export * as submitPath from './submit-path.js';
