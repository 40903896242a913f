// Stands in for a feature until its pages are built; removed as each feature lands.
export function Placeholder({ name }: { name: string }) {
  return (
    <section className="page">
      <h1>{name}</h1>
    </section>
  );
}
