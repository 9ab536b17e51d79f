export function BroadcastDeskPage() {
  return <h1>BroadcastDeskPage</h1>;
}
