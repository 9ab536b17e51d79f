/** Reviews (to be built). */
export function ReviewsPage() {
  return (
    <section>
      <h1>Reviews</h1>
    </section>
  );
}
