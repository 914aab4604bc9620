// Importing this module registers every widget under the default `crm-` prefix.
import { defineElements } from './define-elements.js';

defineElements();
