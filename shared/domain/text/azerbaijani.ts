/** Azerbaijani Latin spelling to the English spelling Azerbaijani media use (used for English names and resolution keys). */
export function azerbaijaniToEnglish(s: string): string {
  return s
    // The patronymic suffixes keep a plain g: Elxanoğlu → Elkhanoglu, Əliqızı → Aligizi.
    .replace(/oğlu\b/g, 'oglu')
    // Surname morphemes keep their usual English spelling: -zadə → -zade, bəy → bey.
    .replace(/zadə(?!\p{L})/gu, 'zade')
    .replace(/bəy/g, 'bey')
    .replace(/c/g, 'j').replace(/C/g, 'J')
    .replace(/x/g, 'kh').replace(/X/g, 'Kh')
    .replace(/ç/g, 'ch').replace(/Ç/g, 'Ch')
    .replace(/ş/g, 'sh').replace(/Ş/g, 'Sh')
    .replace(/ğ/g, 'gh').replace(/Ğ/g, 'Gh')
    .replace(/q/g, 'g').replace(/Q/g, 'G')
    .replace(/ə/g, 'a').replace(/Ə/g, 'A')
    .replace(/ı/g, 'i').replace(/İ/g, 'I')
    .replace(/ö/g, 'o').replace(/Ö/g, 'O')
    .replace(/ü/g, 'u').replace(/Ü/g, 'U');
}
