// Id fragments from free text: "Yak-130" → "yak-130", "Su-35S 'Flanker-E'" → "su-35s-flanker-e".

export function slug(text: string, maxLength = 64): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, maxLength).replace(/-+$/, '');
}
