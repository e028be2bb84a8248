/** The texts a fresh start on the first question needs (see `scripts/first-step-texts-plugin.ts`). */
declare module '*.json?first-step' {
  const texts: Record<string, unknown>
  export default texts
}
