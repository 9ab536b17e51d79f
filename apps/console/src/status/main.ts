// The staff status page: its own small entry (no React), built for a phone on a poor link.
const root = document.getElementById('status') as HTMLElement;
root.setAttribute('aria-busy', 'false');
