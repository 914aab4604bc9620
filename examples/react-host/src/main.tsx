import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AccountWorkspace } from './account-workspace.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AccountWorkspace />
  </StrictMode>,
);
