export { CrmError, isCrmError, type CrmErrorKind } from './crm-error.js';
export { ValidationError, type FieldIssue } from './validation-error.js';
export { NotFoundError } from './not-found-error.js';
export { ConflictError } from './conflict-error.js';
export { PermissionError } from './permission-error.js';
export { NetworkError } from './network-error.js';
