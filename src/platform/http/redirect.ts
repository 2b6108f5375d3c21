/** Only a local path may be a redirect target: never another site ("//evil", "/\\evil", "https:"). */
export function safeReturnPath(value: string | undefined): string | undefined {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (!/^\/[\w\-./?=&%]*$/.test(value)) return undefined;
  return value;
}
