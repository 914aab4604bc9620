/**
 * Every part of `<crm-contact-card>` fetched on first use rather than with the card. Import these
 * modules only through here (a static import anywhere puts them back into the first load); one
 * table, so a test can stand in for a fetch that fails.
 */
export const contactCardChunks = {
  /** The inline editor of the contact and its tags, with its view. */
  editing: () => Promise.all([import('./contact-editor.js'), import('./contact-edit-view.js')]),
  /** The quick actions' composer, with its form. */
  composing: () => Promise.all([import('./activity-composer.js'), import('./activity-composer-form.js')]),
  /** The domain rules that turn a contact's records into the relationship measures. */
  relationship: () => import('./relationship-assessment.js'),
  /** The custom fields, labelled and formatted by the tenant's definitions (read alongside). */
  customFields: () => import('../base/custom-field-display.js'),
};
