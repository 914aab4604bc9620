import '@angular/compiler';
// Only the widgets this page shows (each entry registers <crm-provider> too).
import '@rapport/elements/define/contact-card';
import '@rapport/elements/define/ticket-widget';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AccountWorkspaceComponent } from './account-workspace.component';

bootstrapApplication(AccountWorkspaceComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
