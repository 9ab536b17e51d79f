/** WARP summary (to be built). */
export function WarpPage() {
  return (
    <section>
      <h1>WARP summary</h1>
    </section>
  );
}
