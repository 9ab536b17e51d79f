/** Patch campaign (to be built). */
export function CampaignPage() {
  return (
    <section>
      <h1>Patch campaign</h1>
    </section>
  );
}
