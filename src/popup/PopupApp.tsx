export function PopupApp() {
  return <main>CollectGuard</main>;
}
