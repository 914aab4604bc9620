import type { Messages } from './messages.js';

export const en: Messages = {
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    save: 'Save',
    cancel: 'Cancel',
    edit: (field) => `Edit ${field}`,
    remove: (what) => `Remove ${what}`,
    notSet: 'Not set',
  },
  errors: {
    validation: 'Some fields need your attention.',
    'not-found': 'This record no longer exists.',
    conflict: 'Someone else changed this record while you were editing.',
    permission: 'You do not have permission to do this.',
    network: 'The service could not be reached. Check your connection and try again.',
    unknown: 'Something went wrong. Please try again.',
    originNotAllowed: 'This page is not allowed to use the service (origin not allowed). Its operator must allow this site.',
  },
  issues: {
    required: 'This field is required.',
    invalid_type: 'This value has the wrong type.',
    too_small: 'This value is too short or too small.',
    too_big: 'This value is too long or too large.',
    invalid_format: 'This value is not in the expected format.',
    invalid_value: 'This value is not one of the allowed choices.',
    custom: 'This value is not valid.',
  },
};
