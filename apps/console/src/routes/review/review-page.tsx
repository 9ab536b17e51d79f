/** Post-incident review (to be built). */
export function ReviewPage() {
  return (
    <section>
      <h1>Post-incident review</h1>
    </section>
  );
}
