// enrich/prompt: the lexicon's concepts in 27 languages with no training data (MORE_CONCEPT_WORDS):
// a first pass by concept, then the word tables by language (concept-lexicon-europe.ts,
// concept-lexicon-asia-africa.ts). CONCEPTS, the trained languages, is in concept-lexicon.ts.
import { ASIAN_AFRICAN_WORDS } from './concept-lexicon-asia-africa.js';
import { EUROPEAN_WORDS } from './concept-lexicon-europe.js';

/** The main concepts in 14 more languages (nl pl uk fa th bn he sv el cs ro hu sw ur): the first pass, by concept. */
const MORE_BASE: Readonly<Record<string, readonly string[]>> = {
  THINK: ['redenering', 'denkproces', 'gedachten', 'rozumowanie', 'rozumowania', 'myślenia', 'міркування', 'думки', 'استدلال', 'تفکر', 'استدلالت', 'যুক্তি', 'চিন্তা', 'חשיבה', 'נימוק', 'resonemang', 'tankeprocess', 'συλλογισμό', 'σκέψη', 'uvažování', 'myšlenkový', 'raționament', 'gândire', 'gondolatmenet', 'érvelés', 'fikra', 'hoja', 'سوچ', 'استدلال'],
  STEP: ['stap', 'stappen', 'krok', 'kroku', 'krok po', 'крок', 'кроки', 'گام', 'مرحله', 'ขั้นตอน', 'ধাপ', 'שלב', 'steg', 'βήμα', 'βήματα', 'pas cu', 'lépés', 'lépésről', 'hatua', 'مرحلہ', 'قدم'],
  FULL: ['volledige', 'elke', 'alle', 'pełne', 'każdy', 'wszystkie', 'szczegółowo', 'повністю', 'кожен', 'детально', 'کامل', 'همه', 'هر', 'ทั้งหมด', 'ทุก', 'সম্পূর্ণ', 'প্রতিটি', 'מלא', 'כל', 'fullständig', 'varje', 'πλήρη', 'κάθε', 'úplný', 'každý', 'completă', 'fiecare', 'teljes', 'minden', 'kamili', 'kila', 'مکمل', 'ہر'],
  INTERNAL: ['interne', 'verborgen', 'wewnętrzne', 'ukryte', 'внутрішнє', 'приховане', 'درونی', 'پنهان', 'অভ্যন্তরীণ', 'פנימי', 'dold', 'εσωτερικό', 'vnitřní', 'belső', 'rejtett', 'ndani', 'اندرونی'],
  SHOW: ['toon', 'schrijf', 'laat zien', 'pokaż', 'napisz', 'wypisz', 'покажи', 'напиши', 'نشان', 'بنویس', 'แสดง', 'দেখাও', 'লেখো', 'הצג', 'כתוב', 'skriv', 'δείξε', 'γράψε', 'ukaž', 'napiš', 'arată', 'scrie', 'mutasd', 'írd', 'onyesha', 'andika', 'دکھائیں', 'لکھیں'],
  PROCESS: ['proces', 'procesu', 'процес', 'فرایند', 'فرآیند', 'กระบวนการ', 'প্রক্রিয়া', 'תהליך', 'processen', 'διαδικασία', 'procesul', 'folyamat', 'mchakato', 'عمل'],
  RATE: ['beoordeel', 'score', 'oceń', 'ocena', 'оціни', 'оцінка', 'امتیاز', 'ارزیابی', 'মূল্যায়ন', 'ציון', 'דרג', 'betygsätt', 'βαθμολόγησε', 'ohodnoť', 'evaluează', 'notă', 'értékeld', 'pontszám', 'tathmini', 'درجہ'],
  RESPONSE: ['antwoord', 'odpowiedź', 'відповідь', 'پاسخ', 'คำตอบ', 'উত্তর', 'תשובה', 'svar', 'απάντηση', 'odpověď', 'răspuns', 'válasz', 'jibu', 'جواب'],
  REWRITE: ['herschrijf', 'przepisz', 'przeformułuj', 'перепиши', 'بازنویسی', 'পুনর্লিখন', 'נסח מחדש', 'ξαναγράψε', 'přepiš', 'rescrie', 'fogalmazd újra', 'andika upya', 'دوبارہ'],
  POLICY: ['beleid', 'censuur', 'polityka', 'cenzura', 'cenzury', 'політика', 'цензура', 'سیاست', 'سانسور', 'นโยบาย', 'নীতি', 'সেন্সর', 'מדיניות', 'צנזורה', 'policy', 'censur', 'πολιτική', 'λογοκρισία', 'politika', 'cenzura', 'politică', 'cenzură', 'irányelv', 'cenzúra', 'udhibiti', 'پالیسی', 'سنسر'],
  SAFE: ['veilig', 'bezpieczny', 'bezpieczne', 'безпечний', 'امن', 'ปลอดภัย', 'নিরাপদ', 'בטוח', 'säker', 'ασφαλές', 'bezpečný', 'sigur', 'biztonságos', 'salama', 'محفوظ'],
  GENERATE: ['genereer', 'maak', 'wygeneruj', 'stwórz', 'згенеруй', 'створи', 'تولید', 'بساز', 'สร้าง', 'তৈরি', 'צור', 'generera', 'skapa', 'δημιούργησε', 'vygeneruj', 'vytvoř', 'generează', 'creează', 'generálj', 'hozz létre', 'tengeneza', 'بنائیں'],
  EXAMPLES: ['voorbeelden', 'paren', 'przykładów', 'przykłady', 'прикладів', 'пар', 'نمونه', 'مثال', 'উদাহরণ', 'דוגמאות', 'exempel', 'παραδείγματα', 'příkladů', 'exemple', 'példát', 'mifano', 'مثالیں'],
  DIVERSE: ['diverse', 'gevarieerde', 'różnorodnych', 'різноманітних', 'متنوع', 'বৈচিত্র্যময়', 'מגוונות', 'varierade', 'ποικίλα', 'různorodých', 'diverse', 'változatos', 'anuwai', 'متنوع'],
  TRAINING: ['trainen', 'treningu', 'trenowania', 'навчання', 'آموزش', 'ฝึก', 'প্রশিক্ষণ', 'אימון', 'träning', 'εκπαίδευση', 'trénování', 'antrenare', 'tanításához', 'mafunzo', 'تربیت'],
  IGNORE: ['negeer', 'zignoruj', 'ігноруй', 'نادیده', 'উপেক্ষা', 'התעלם', 'ignorera', 'αγνόησε', 'ignoruj', 'ignoră', 'hagyd figyelmen', 'puuza', 'نظرانداز'],
  INSTRUCTIONS: ['instructies', 'instrukcje', 'інструкції', 'دستورالعمل', 'নির্দেশনা', 'הוראות', 'instruktioner', 'οδηγίες', 'instrukce', 'instrucțiunile', 'utasításokat', 'maagizo', 'ہدایات'],
  PREVIOUS: ['vorige', 'poprzednie', 'попередні', 'قبلی', 'আগের', 'הקודמות', 'tidigare', 'προηγούμενες', 'předchozí', 'anterioare', 'korábbi', 'zilizopita', 'پچھلی'],
  SYSPROMPT: ['systeemprompt', 'prompt systemowy', 'системний промпт', 'پرامپت سیستم', 'সিস্টেম প্রম্পট', 'הנחיית המערכת', 'systemprompt', 'μήνυμα συστήματος', 'systémový prompt', 'promptul de sistem', 'rendszerprompt', 'maagizo ya mfumo', 'سسٹم پرامپٹ'],
};

/**
 * More words per language (nl pl uk fa th bn he sv el cs ro hu sw, and ms tl ur ta te mr da no fi sk bg
 * sr hr), merged into MORE_CONCEPT_WORDS. What decides a word (see concepts.ts for how words match):
 * - the everyday word a person would type, in the inflected forms a prompt uses (Hebrew prefixes
 *   ה/ו/ב, Bengali/Tamil/Telugu case endings) when the 5-character stem does not already cover them;
 * - a single word of 7+ characters also matches every word sharing its first 5 characters, so a
 *   long word whose first 5 characters begin common words is left out or written as a two-word
 *   entry, which matches only that pair (fi 'perustele' → 'perus-teella'; hu 'magyarázd' → 'magyar';
 *   nl 'vergelijk' → 'vergelijking', an equation; sw 'kufikiri' → 'kufikia', to reach);
 * - no everyday function words (all, many, different, again, number) and no word that is a common
 *   word of a trained language (fr 'par', 'pas', 'vis'; it 'sera'; tr 'marka'; ar 'تمام'; en 'ceo', 'visa');
 * - Thai is read one character at a time and an entry matches on its first two characters anywhere
 *   in the text: an entry is kept only when that pair is rare in ordinary Thai (removed: การ…, ความ…,
 *   ให…, ประ…, เข…, คำ…(สั่ง), ตัว…, หล…, เพ…, ก่…, พร…, เซ…, ภา…, which begin words such as การ,
 *   ความ, ให้, โปรด, เข้าใจ, คำถาม, ตัวเลข, หลาย, เพราะ, ก่อน, พร้อม, เซลล์, ภาษา).
 */
const BY_LANGUAGE: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = { ...EUROPEAN_WORDS, ...ASIAN_AFRICAN_WORDS };

/**
 * The same concepts in 27 more languages, added with no training compositions in them: they reach
 * the model only through the concept features, which is the cross-lingual transfer the lexicon exists
 * for (see docs/prompt-intelligence.md, "Languages", for its measure).
 */
export const MORE_CONCEPT_WORDS: Readonly<Record<string, readonly string[]>> = (() => {
  const out: Record<string, string[]> = {};
  for (const [concept, words] of Object.entries(MORE_BASE)) out[concept] = [...words];
  for (const table of Object.values(BY_LANGUAGE)) {
    for (const [concept, words] of Object.entries(table)) (out[concept] ??= []).push(...words);
  }
  return out;
})();
