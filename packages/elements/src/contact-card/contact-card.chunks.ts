/**
 * Every part of `<crm-contact-card>` fetched on first use rather than with the card. Import these
 * modules only through here (a static import anywhere puts them back into the first load); one
 * table, so a test can stand in for a fetch that fails.
 */
export const contactCardChunks = {
  /** The strings of every part below, in English (translations are chunks of their own). */
  viewMessages: () => import('./contact-card-views.messages.js'),
  /** The inline editor of the contact and its tags, with its view. */
  editing: () => Promise.all([import('./contact-editor.js'), import('./contact-edit-view.js')]),
  /** The quick actions' composer, with its form. */
  composing: () => Promise.all([import('./activity-composer.js'), import('./activity-composer-form.js')]),
  /** The activity timeline with its filter and the actions on each activity (done, pin, delete with undo). */
  activities: () => import('./activity-section.js'),
  /** The contact's account, open deals and open tickets. */
  related: () => import('./related-records.js'),
  /** The search box with suggestions, shown by a card without a contact. */
  finder: () => import('./contact-finder.js'),
  /** The form of a new contact (`mode="new"`). */
  creator: () => import('./contact-creator.js'),
  /** The domain rules that turn a contact's records into the relationship measures. */
  relationship: () => import('./relationship-assessment.js'),
  /** The custom fields, labelled and formatted by the tenant's definitions (read alongside). */
  customFields: () => import('../base/custom-field-display.js'),
};
