// The bare app's one page.
export default function Index() {
  return <h1>Hello</h1>;
}
