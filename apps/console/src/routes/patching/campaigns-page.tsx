/** Patch campaigns (to be built). */
export function CampaignsPage() {
  return (
    <section>
      <h1>Patch campaigns</h1>
    </section>
  );
}
