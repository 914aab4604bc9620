import '@angular/compiler';
import '@rapport/elements/define';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AccountWorkspaceComponent } from './account-workspace.component';

bootstrapApplication(AccountWorkspaceComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
