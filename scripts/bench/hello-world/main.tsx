/**
 * The startup benchmark's yardstick: the smallest React page, built and served exactly as Waymark's
 * browser build is (same Vite, same plugins, same CSP), so the comparison measures only the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <h1>Hello, world</h1>
  </StrictMode>,
);
