// Reached only for addresses outside /en and /es that the proxy could not place; bilingual on purpose.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          <h1>Page not found · Página no encontrada</h1>
          <p>
            <a href="/en">English home page</a> · <a href="/es" lang="es">Página de inicio en español</a>
          </p>
        </main>
      </body>
    </html>
  );
}
