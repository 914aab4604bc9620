// What a visitor would see go wrong on a page, collected into `problems` for a test to assert on:
// uncaught errors, console errors, and failed requests named by method and path (the browser's own
// console line about a failed request does not say which one).
export function watchForProblems(page, problems) {
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
}
