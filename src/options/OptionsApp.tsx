export function OptionsApp() {
  return <main>CollectGuard</main>;
}
