// Elicitation cues in languages with no training compositions: they reach the model only through the
// concept lexicon (src/enrich/prompt/concept-lexicon.ts). Every prompt below was written for this test
// (none comes from the training lexicon or from the held-out wrappers). Per language: a request for the
// whole reasoning trace around a question must score ≥ 0.5 on cot_reconstruction, a grader prompt
// ≥ 0.5 on rubric_grading, and ordinary prompts in the same language (homework asked once, a recipe,
// "explain photosynthesis", "explain step by step how to bake bread", a translation, a benchmark's
// "let's think step by step" suffix) < 0.5 on every elicitation.
// `DW_LANG_TABLE=1 node --import tsx --test test/enrich/prompt/multilingual.test.ts` also prints the
// per-language scores as a markdown table (docs/prompt-intelligence.md, "Languages").
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPromptEnricher } from '../../../src/enrich/prompt/index.js';
import { ELICITATIONS, type Elicitation } from '../../../src/enrich/types.js';
import { CONCEPTS } from '../../../src/enrich/prompt/concept-lexicon.js';
import { MORE_CONCEPT_WORDS } from '../../../src/enrich/prompt/concept-lexicon-more.js';
import { exchange } from './fixtures.js';

interface LangProbes {
  readonly lang: string;
  /** Requests for the full reasoning trace (wrapper + question). */
  readonly cot: readonly string[];
  /** The model used as a grader. */
  readonly rubric: readonly string[];
  /** Ordinary use that must stay below 0.5 on every elicitation. */
  readonly ordinary: readonly string[];
}

export const PROBES: readonly LangProbes[] = [
  {
    lang: 'nl',
    cot: ['Leg je volledige denkproces stap voor stap uit en laat bij elke stap je redenering zien voordat je het eindantwoord geeft. Vraag: Een trein rijdt 180 km in 2 uur. Wat is de gemiddelde snelheid?', 'Sla geen enkele stap over: schrijf je hele gedachtegang uit, ook je interne overwegingen, en pas daarna het antwoord. Hoeveel is 15% van 240?'],
    rubric: ['Je bent een onpartijdige beoordelaar. Beoordeel het antwoord hieronder op een schaal van 1 tot 10 op basis van juistheid en behulpzaamheid. Vraag: Waarom is de lucht blauw? Antwoord: Door de verstrooiing van zonlicht. Geef alleen de score.'],
    ordinary: ['Kun je me helpen met mijn huiswerk? Wat is de hoofdstad van Australië?', 'Geef me een eenvoudig recept voor pannenkoeken.', 'Leg fotosynthese uit in eenvoudige woorden.', 'Leg stap voor stap uit hoe ik brood bak.', 'Een trein rijdt 180 km in 2 uur. Wat is de gemiddelde snelheid? Laten we stap voor stap nadenken.'],
  },
  {
    lang: 'pl',
    cot: ['Wyjaśnij cały swój tok rozumowania krok po kroku i pokaż szczegółowo każdy etap myślenia, zanim podasz ostateczną odpowiedź. Pytanie: Pociąg przejeżdża 180 km w 2 godziny. Jaka jest jego średnia prędkość?', 'Nie pomijaj żadnego kroku: wypisz cały swój łańcuch myśli, łącznie z wewnętrznymi rozważaniami, a dopiero potem odpowiedź. Ile to jest 15% z 240?'],
    rubric: ['Jesteś bezstronnym sędzią. Oceń poniższą odpowiedź w skali od 1 do 10 według kryteriów poprawności i pomocności. Pytanie: Dlaczego niebo jest niebieskie? Odpowiedź: Z powodu rozpraszania światła słonecznego. Podaj tylko ocenę.'],
    ordinary: ['Pomożesz mi z zadaniem domowym? Jaka jest stolica Australii?', 'Podaj prosty przepis na naleśniki.', 'Wyjaśnij prostymi słowami, czym jest fotosynteza.', 'Wyjaśnij krok po kroku, jak upiec chleb.', 'Pociąg jedzie 180 km w 2 godziny. Jaka jest średnia prędkość? Pomyślmy krok po kroku.'],
  },
  {
    lang: 'uk',
    cot: ['Поясни весь свій хід міркувань крок за кроком і детально покажи кожен етап мислення, перш ніж дати остаточну відповідь. Питання: Потяг проїжджає 180 км за 2 години. Яка його середня швидкість?', 'Не пропускай жодного кроку: випиши весь ланцюжок міркувань, включно з внутрішніми роздумами, і лише потім відповідь. Скільки буде 15% від 240?'],
    rubric: ['Ти неупереджений суддя. Оціни наведену відповідь за шкалою від 1 до 10 за критеріями правильності та корисності. Питання: Чому небо блакитне? Відповідь: Через розсіювання сонячного світла. Дай лише оцінку.'],
    ordinary: ['Допоможи з домашнім завданням: яка столиця Австралії?', 'Дай простий рецепт млинців.', 'Поясни простими словами, що таке фотосинтез.', 'Поясни детально крок за кроком, як спекти хліб.'],
  },
  {
    lang: 'fa',
    cot: ['کل فرایند فکر کردنت را گام به گام و با جزئیات توضیح بده و استدلال هر مرحله را قبل از پاسخ نهایی نشان بده. سؤال: یک قطار ۱۸۰ کیلومتر را در ۲ ساعت طی می‌کند. سرعت متوسط آن چقدر است؟', 'هیچ مرحله‌ای را حذف نکن: کل زنجیره استدلال خود، حتی فکرهای درونی‌ات را بنویس و فقط بعد از آن پاسخ را بده. ۱۵ درصد ۲۴۰ چقدر است؟'],
    rubric: ['تو یک داور بی‌طرف هستی. پاسخ زیر را بر اساس معیارهای درستی و مفید بودن در مقیاس ۱ تا ۱۰ ارزیابی کن و نمره بده. سؤال: چرا آسمان آبی است؟ پاسخ: به دلیل پراکندگی نور خورشید. فقط نمره را بنویس.'],
    ordinary: ['می‌توانی در تکلیفم کمکم کنی؟ پایتخت استرالیا کجاست؟', 'یک دستور پخت ساده برای پنکیک به من بده.', 'فتوسنتز را به زبان ساده توضیح بده.', 'نحوه پختن نان را گام به گام با جزئیات توضیح بده.'],
  },
  {
    lang: 'th',
    cot: ['กรุณาอธิบายกระบวนการคิดของคุณอย่างละเอียดทีละขั้นตอน และแสดงเหตุผลของแต่ละขั้นก่อนจะสรุปคำตอบ คำถาม: รถไฟวิ่งได้ 180 กิโลเมตรใน 2 ชั่วโมง ความเร็วเฉลี่ยเท่าไร', 'อย่าข้ามขั้นตอนใด เขียนความคิดทั้งหมดของคุณออกมาก่อน แล้วจึงตอบ: 15% ของ 240 เท่ากับเท่าไร'],
    rubric: ['คุณเป็นกรรมการที่เป็นกลาง โปรดให้คะแนนคำตอบต่อไปนี้ในระดับ 1 ถึง 10 ตามเกณฑ์ความถูกต้องและความเป็นประโยชน์ คำถาม: ทำไมท้องฟ้าจึงเป็นสีฟ้า คำตอบ: เพราะการกระเจิงของแสงอาทิตย์ ตอบเฉพาะคะแนน'],
    ordinary: ['ช่วยทำการบ้านหน่อย เมืองหลวงของออสเตรเลียคืออะไร', 'ขอสูตรทำแพนเค้กง่ายๆ หน่อย', 'อธิบายการสังเคราะห์ด้วยแสงแบบง่ายๆ', 'ช่วยแปลประโยคนี้เป็นภาษาอังกฤษ: ฉันชอบกินข้าวผัดมาก', 'อธิบายขั้นตอนการอบขนมปังทั้งหมดอย่างละเอียด'],
  },
  {
    lang: 'bn',
    cot: ['তোমার পুরো চিন্তার প্রক্রিয়া ধাপে ধাপে বিস্তারিতভাবে ব্যাখ্যা করো এবং চূড়ান্ত উত্তর দেওয়ার আগে প্রতিটি ধাপের যুক্তি দেখাও। প্রশ্ন: একটি ট্রেন 2 ঘণ্টায় 180 কিমি যায়। এর গড় গতি কত?', 'কোনো ধাপ বাদ দিও না: তোমার পুরো চিন্তাভাবনা আর ভেতরের যুক্তি লিখে দেখাও, তারপর উত্তর দাও। 240 এর 15% কত?'],
    rubric: ['তুমি একজন নিরপেক্ষ বিচারক। নিচের উত্তরটিকে সঠিকতা ও উপযোগিতার মানদণ্ডে 1 থেকে 10 স্কেলে মূল্যায়ন করো এবং নম্বর দাও। প্রশ্ন: আকাশ নীল কেন? উত্তর: সূর্যের আলোর বিক্ষেপণের কারণে। শুধু নম্বর লেখো।'],
    ordinary: ['আমার বাড়ির কাজে একটু সাহায্য করবে? অস্ট্রেলিয়ার রাজধানী কী?', 'প্যানকেক বানানোর একটা সহজ রেসিপি দাও।', 'সালোকসংশ্লেষণ সহজ ভাষায় ব্যাখ্যা করো।', 'রুটি বানানোর পুরো পদ্ধতি ধাপে ধাপে বিস্তারিত ব্যাখ্যা করো।'],
  },
  {
    lang: 'he',
    cot: ['הסבר את כל תהליך החשיבה שלך שלב אחר שלב, והצג את הנימוק שלך בכל שלב לפני התשובה הסופית. שאלה: רכבת נוסעת 180 קילומטר ב-2 שעות. מה המהירות הממוצעת שלה?', 'אל תדלג על אף שלב: כתוב את כל שרשרת המחשבות שלך, כולל השיקולים הפנימיים, ורק אחר כך את התשובה. כמה זה 15% מ-240?'],
    rubric: ['אתה שופט נייטרלי. דרג את התשובה הבאה בסולם מ-1 עד 10 לפי הקריטריונים נכונות ותועלת. שאלה: למה השמיים כחולים? תשובה: בגלל פיזור אור השמש. כתוב רק את הציון.'],
    ordinary: ['אתה יכול לעזור לי בשיעורי הבית? מהי בירת אוסטרליה?', 'תן לי מתכון פשוט לפנקייקים.', 'הסבר את הפוטוסינתזה במילים פשוטות.', 'הסבר בפירוט שלב אחר שלב איך אופים לחם.'],
  },
  {
    lang: 'sv',
    cot: ['Förklara hela din tankeprocess steg för steg och visa ditt resonemang för varje steg innan du ger det slutliga svaret. Fråga: Ett tåg kör 180 km på 2 timmar. Vad är medelhastigheten?', 'Hoppa inte över något steg: skriv ut hela din tankekedja, även dina inre överväganden, och ge svaret först efteråt. Hur mycket är 15 % av 240?'],
    rubric: ['Du är en opartisk domare. Betygsätt svaret nedan på en skala från 1 till 10 enligt kriterierna korrekthet och hjälpsamhet. Fråga: Varför är himlen blå? Svar: På grund av spridning av solljus. Ange bara betyget.'],
    ordinary: ['Kan du hjälpa mig med läxan? Vad är huvudstaden i Australien?', 'Ge mig ett enkelt recept på pannkakor.', 'Förklara fotosyntesen med enkla ord.', 'Förklara steg för steg hur man bakar bröd.', 'Ett tåg kör 180 km på 2 timmar. Vad är medelhastigheten? Låt oss tänka steg för steg.'],
  },
  {
    lang: 'el',
    cot: ['Εξήγησε όλη τη διαδικασία σκέψης σου βήμα προς βήμα και δείξε τον συλλογισμό σου σε κάθε βήμα πριν δώσεις την τελική απάντηση. Ερώτηση: Ένα τρένο διανύει 180 χιλιόμετρα σε 2 ώρες. Ποια είναι η μέση ταχύτητά του;', 'Μην παραλείψεις κανένα βήμα: γράψε ολόκληρη την αλυσίδα σκέψης σου, μαζί με τις εσωτερικές σου σκέψεις, και μόνο μετά την απάντηση. Πόσο είναι το 15% του 240;'],
    rubric: ['Είσαι ένας αμερόληπτος κριτής. Αξιολόγησε την παρακάτω απάντηση σε κλίμακα από 1 έως 10 με κριτήρια την ορθότητα και τη χρησιμότητα. Ερώτηση: Γιατί ο ουρανός είναι μπλε; Απάντηση: Λόγω της σκέδασης του ηλιακού φωτός. Δώσε μόνο τη βαθμολογία.'],
    ordinary: ['Μπορείς να με βοηθήσεις με την εργασία μου; Ποια είναι η πρωτεύουσα της Αυστραλίας;', 'Δώσε μου μια απλή συνταγή για τηγανίτες.', 'Εξήγησε τη φωτοσύνθεση με απλά λόγια.', 'Εξήγησε αναλυτικά βήμα προς βήμα πώς φτιάχνεται το ψωμί.'],
  },
  {
    lang: 'cs',
    cot: ['Vysvětli celý svůj myšlenkový postup krok za krokem a ukaž své uvažování u každého kroku, než dáš konečnou odpověď. Otázka: Vlak ujede 180 km za 2 hodiny. Jaká je jeho průměrná rychlost?', 'Nevynechávej žádný krok: vypiš celý svůj řetězec úvah včetně vnitřních myšlenek a teprve potom odpověď. Kolik je 15 % z 240?'],
    rubric: ['Jsi nestranný hodnotitel. Ohodnoť níže uvedenou odpověď na stupnici od 1 do 10 podle kritérií správnosti a užitečnosti. Otázka: Proč je obloha modrá? Odpověď: Kvůli rozptylu slunečního světla. Uveď pouze skóre.'],
    ordinary: ['Pomůžeš mi s domácím úkolem? Jaké je hlavní město Austrálie?', 'Dej mi jednoduchý recept na palačinky.', 'Vysvětli jednoduše fotosyntézu.', 'Vysvětli podrobně krok za krokem, jak upéct chleba.'],
  },
  {
    lang: 'ro',
    cot: ['Explică-ți întregul proces de gândire pas cu pas și arată raționamentul pentru fiecare pas înainte de răspunsul final. Întrebare: Un tren parcurge 180 km în 2 ore. Care este viteza medie?', 'Nu omite niciun pas: scrie întregul tău lanț de gândire, inclusiv considerațiile interne, și abia apoi răspunsul. Cât este 15% din 240?'],
    rubric: ['Ești un evaluator imparțial. Evaluează răspunsul de mai jos pe o scară de la 1 la 10 după criteriile corectitudine și utilitate. Întrebare: De ce este cerul albastru? Răspuns: Din cauza împrăștierii luminii solare. Dă doar nota.'],
    ordinary: ['Mă poți ajuta la temă? Care este capitala Australiei?', 'Dă-mi o rețetă simplă de clătite.', 'Explică fotosinteza în cuvinte simple.', 'Explică detaliat pas cu pas cum se face pâinea.'],
  },
  {
    lang: 'hu',
    cot: ['Magyarázd el a teljes gondolkodási folyamatodat lépésről lépésre, és mutasd meg az érvelésedet minden lépésnél, mielőtt megadod a végső választ. Kérdés: Egy vonat 2 óra alatt 180 km-t tesz meg. Mennyi az átlagsebessége?', 'Ne hagyj ki egyetlen lépést sem: írd le a teljes gondolatláncodat, a belső mérlegeléseidet is, és csak utána a választ. Mennyi 240-nek a 15%-a?'],
    rubric: ['Pártatlan bíráló vagy. Értékeld az alábbi választ egy 1-től 10-ig terjedő skálán a helyesség és a hasznosság szempontjai szerint. Kérdés: Miért kék az ég? Válasz: A napfény szóródása miatt. Csak a pontszámot add meg.'],
    ordinary: ['Segítesz a házi feladatomban? Mi Ausztrália fővárosa?', 'Adj egy egyszerű palacsintareceptet.', 'Magyarázd el egyszerűen a fotoszintézist.', 'Fordítsd le magyarul: good morning, how are you?', 'Magyarázd el részletesen lépésről lépésre, hogyan kell kenyeret sütni.'],
  },
  {
    lang: 'sw',
    cot: ['Eleza mchakato wako wote wa kufikiri hatua kwa hatua kwa undani, na uonyeshe hoja yako katika kila hatua kabla ya kutoa jibu la mwisho. Swali: Treni inasafiri kilomita 180 kwa saa 2. Kasi yake ya wastani ni ipi?', 'Usiruke hatua yoyote: andika mnyororo wako wote wa mawazo, pamoja na hoja zako za ndani, kisha utoe jibu. Asilimia 15 ya 240 ni ngapi?'],
    rubric: ['Wewe ni mwamuzi asiye na upendeleo. Tathmini jibu lifuatalo kwa kipimo cha 1 hadi 10 kulingana na vigezo vya usahihi na manufaa. Swali: Kwa nini anga ni la buluu? Jibu: Kwa sababu ya mtawanyiko wa mwanga wa jua. Toa alama tu.'],
    ordinary: ['Unaweza kunisaidia na kazi yangu ya nyumbani? Mji mkuu wa Australia ni upi?', 'Nipe mapishi rahisi ya chapati.', 'Eleza usanisinuru kwa maneno rahisi.', 'Nitafikia Nairobi kesho asubuhi, nifanye nini kwanza?', 'Eleza kwa undani hatua kwa hatua jinsi ya kuoka mkate.'],
  },
  {
    lang: 'ms',
    cot: ['Terangkan keseluruhan proses pemikiran anda langkah demi langkah dan tunjukkan penaakulan bagi setiap langkah sebelum memberikan jawapan akhir. Soalan: Sebuah kereta api bergerak 180 km dalam 2 jam. Berapakah kelajuan puratanya?', 'Jangan langkau sebarang langkah: tuliskan keseluruhan rantaian pemikiran anda, termasuk pertimbangan dalaman, dan barulah beri jawapan. Berapakah 15% daripada 240?'],
    rubric: ['Anda seorang hakim yang saksama. Nilaikan jawapan di bawah pada skala 1 hingga 10 berdasarkan kriteria ketepatan dan kebergunaan. Soalan: Mengapa langit berwarna biru? Jawapan: Kerana penyerakan cahaya matahari. Berikan markah sahaja.'],
    ordinary: ['Boleh tolong saya dengan kerja rumah? Apakah ibu negara Australia?', 'Beri saya resipi mudah untuk membuat lempeng.', 'Terangkan fotosintesis dengan mudah.', 'Terangkan secara terperinci langkah demi langkah cara membuat roti.', 'Sebuah kereta api bergerak 180 km dalam 2 jam. Berapakah kelajuan purata? Mari kita berfikir langkah demi langkah.'],
  },
  {
    lang: 'tl',
    cot: ['Ipaliwanag ang buong proseso ng iyong pag-iisip nang hakbang-hakbang at ipakita ang pangangatwiran sa bawat hakbang bago ibigay ang huling sagot. Tanong: Ang isang tren ay bumibiyahe ng 180 km sa loob ng 2 oras. Ano ang karaniwang bilis nito?', 'Huwag laktawan ang anumang hakbang: isulat ang buong kadena ng iyong pag-iisip, kasama ang panloob na katwiran, at saka ibigay ang sagot. Magkano ang 15% ng 240?'],
    rubric: ['Ikaw ay isang walang kinikilingang hurado. Markahan ang sagot sa ibaba sa iskalang 1 hanggang 10 batay sa pamantayan ng kawastuhan at pagiging kapaki-pakinabang. Tanong: Bakit asul ang langit? Sagot: Dahil sa pagkalat ng sikat ng araw. Ibigay lamang ang marka.'],
    ordinary: ['Puwede mo ba akong tulungan sa takdang-aralin ko? Ano ang kabisera ng Australia?', 'Bigyan mo ako ng simpleng recipe ng pancake.', 'Ipaliwanag ang photosynthesis sa simpleng salita.', 'Ipaliwanag nang detalyado ang bawat hakbang sa paggawa ng tinapay.'],
  },
  {
    lang: 'ur',
    cot: ['اپنی سوچ کا پورا عمل مرحلہ وار تفصیل سے بیان کریں اور حتمی جواب دینے سے پہلے ہر مرحلے کی دلیل دکھائیں۔ سوال: ایک ٹرین 2 گھنٹے میں 180 کلومیٹر طے کرتی ہے۔ اس کی اوسط رفتار کیا ہے؟', 'کوئی مرحلہ نہ چھوڑیں: اپنی سوچ کا پورا سلسلہ اور اندرونی دلیل لکھ کر دکھائیں، پھر جواب دیں۔ 240 کا 15 فیصد کتنا ہے؟'],
    rubric: ['آپ ایک غیر جانبدار جج ہیں۔ نیچے دیے گئے جواب کو درستگی اور افادیت کے معیار پر 1 سے 10 کے پیمانے پر جانچیں اور نمبر دیں۔ سوال: آسمان نیلا کیوں ہے؟ جواب: سورج کی روشنی کے بکھرنے کی وجہ سے۔ صرف اسکور لکھیں۔'],
    ordinary: ['کیا آپ میرے ہوم ورک میں مدد کر سکتے ہیں؟ آسٹریلیا کا دارالحکومت کیا ہے؟', 'مجھے پینکیک بنانے کی ایک آسان ترکیب بتائیں۔', 'ضیائی تالیف کو آسان الفاظ میں سمجھائیں۔', 'روٹی بنانے کا پورا طریقہ مرحلہ وار تفصیل سے بیان کریں۔'],
  },
  {
    lang: 'ta',
    cot: ['உங்கள் முழு சிந்தனை செயல்முறையையும் படிப்படியாக விரிவாக விளக்குங்கள், இறுதி பதிலைக் கொடுப்பதற்கு முன் ஒவ்வொரு படியின் காரணத்தையும் காட்டுங்கள். கேள்வி: ஒரு ரயில் 2 மணி நேரத்தில் 180 கிலோமீட்டர் செல்கிறது. அதன் சராசரி வேகம் என்ன?', 'எந்தப் படியையும் தவிர்க்காதீர்கள்: உங்கள் முழு சிந்தனைச் சங்கிலியையும் எழுதுங்கள், அதன் பிறகு மட்டுமே பதிலைக் கொடுங்கள். 240 இல் 15% எவ்வளவு?'],
    rubric: ['நீங்கள் ஒரு நடுநிலையான நடுவர். கீழே உள்ள பதிலை சரியான தன்மை மற்றும் பயனுள்ள தன்மை ஆகிய அளவுகோல்களின்படி 1 முதல் 10 வரையிலான அளவில் மதிப்பிட்டு மதிப்பெண் கொடுங்கள். கேள்வி: வானம் ஏன் நீலமாக உள்ளது? பதில்: சூரிய ஒளியின் சிதறல் காரணமாக. மதிப்பெண்ணை மட்டும் எழுதுங்கள்.'],
    ordinary: ['என் வீட்டுப்பாடத்தில் உதவ முடியுமா? ஆஸ்திரேலியாவின் தலைநகரம் எது?', 'பான்கேக் செய்ய ஒரு எளிய செய்முறை சொல்லுங்கள்.', 'ஒளிச்சேர்க்கையை எளிமையாக விளக்குங்கள்.', 'ரொட்டி செய்வதை படிப்படியாக விரிவாக விளக்குங்கள்.'],
  },
  {
    lang: 'te',
    cot: ['మీ పూర్తి ఆలోచనా ప్రక్రియను దశలవారీగా వివరంగా వివరించండి, తుది సమాధానం ఇచ్చే ముందు ప్రతి దశలోని తర్కాన్ని చూపించండి. ప్రశ్న: ఒక రైలు 2 గంటల్లో 180 కిలోమీటర్లు ప్రయాణిస్తుంది. దాని సగటు వేగం ఎంత?', 'ఏ దశనూ వదలకండి: మీ పూర్తి ఆలోచనా గొలుసును, లోపలి తర్కాన్ని రాసి చూపించండి, ఆ తర్వాతే సమాధానం ఇవ్వండి. 240 లో 15% ఎంత?'],
    rubric: ['మీరు నిష్పక్షపాత న్యాయనిర్ణేత. కింది సమాధానాన్ని ఖచ్చితత్వం మరియు ఉపయోగకరత అనే ప్రమాణాల ప్రకారం 1 నుండి 10 స్కేలులో మూల్యాంకనం చేసి స్కోరు ఇవ్వండి. ప్రశ్న: ఆకాశం నీలంగా ఎందుకు ఉంటుంది? సమాధానం: సూర్యకాంతి చెదరడం వల్ల. స్కోరు మాత్రమే రాయండి.'],
    ordinary: ['నా హోంవర్క్ లో సహాయం చేస్తారా? ఆస్ట్రేలియా రాజధాని ఏది?', 'పాన్ కేక్ చేయడానికి ఒక సులభమైన వంటకం చెప్పండి.', 'కిరణజన్య సంయోగక్రియను సులభంగా వివరించండి.', 'రొట్టె ఎలా చేయాలో దశలవారీగా వివరంగా వివరించండి.'],
  },
  {
    lang: 'mr',
    cot: ['तुमची संपूर्ण विचार प्रक्रिया टप्प्याटप्प्याने सविस्तर समजावून सांगा आणि अंतिम उत्तर देण्यापूर्वी प्रत्येक टप्प्याचा तर्क दाखवा. प्रश्न: एक रेल्वे 2 तासांत 180 किलोमीटर अंतर जाते. तिचा सरासरी वेग किती?', 'कोणतीही पायरी वगळू नका: तुमची संपूर्ण विचारसाखळी आणि अंतर्गत तर्क लिहून दाखवा, त्यानंतरच उत्तर द्या. 240 चे 15% किती?'],
    rubric: ['तुम्ही एक निःपक्ष परीक्षक आहात. खालील उत्तराचे अचूकता आणि उपयुक्तता या निकषांनुसार 1 ते 10 च्या प्रमाणात मूल्यमापन करा आणि गुण द्या. प्रश्न: आकाश निळे का दिसते? उत्तर: सूर्यप्रकाशाच्या विखुरण्यामुळे. फक्त गुण लिहा.'],
    ordinary: ['माझ्या गृहपाठात मदत करशील का? ऑस्ट्रेलियाची राजधानी कोणती?', 'मला पॅनकेकची सोपी पाककृती सांगा.', 'प्रकाशसंश्लेषण सोप्या शब्दांत समजावून सांगा.', 'भाकरी कशी करायची ते टप्प्याटप्प्याने सविस्तर समजावून सांगा.'],
  },
  {
    lang: 'da',
    cot: ['Forklar hele din tankeproces trin for trin, og vis din begrundelse for hvert trin, før du giver det endelige svar. Spørgsmål: Et tog kører 180 km på 2 timer. Hvad er gennemsnitsfarten?', 'Spring ikke noget trin over: skriv hele din tankekæde ud, også dine indre overvejelser, og giv først svaret bagefter. Hvad er 15 % af 240?'],
    rubric: ['Du er en upartisk dommer. Bedøm svaret nedenfor på en skala fra 1 til 10 ud fra kriterierne korrekthed og hjælpsomhed. Spørgsmål: Hvorfor er himlen blå? Svar: På grund af spredning af sollys. Angiv kun karakteren.'],
    ordinary: ['Kan du hjælpe mig med mine lektier? Hvad er hovedstaden i Australien?', 'Giv mig en nem opskrift på pandekager.', 'Forklar fotosyntese med enkle ord.', 'Forklar trin for trin, hvordan man bager brød.'],
  },
  {
    lang: 'no',
    cot: ['Forklar hele tankeprosessen din steg for steg, og vis resonnementet ditt for hvert steg før du gir det endelige svaret. Spørsmål: Et tog kjører 180 km på 2 timer. Hva er gjennomsnittsfarten?', 'Ikke hopp over noe steg: skriv ut hele tankekjeden din, også de indre vurderingene, og gi svaret først etterpå. Hva er 15 % av 240?'],
    rubric: ['Du er en upartisk dommer. Vurder svaret nedenfor på en skala fra 1 til 10 etter kriteriene korrekthet og nytte. Spørsmål: Hvorfor er himmelen blå? Svar: På grunn av spredning av sollys. Oppgi bare poengsummen.'],
    ordinary: ['Kan du hjelpe meg med leksene? Hva er hovedstaden i Australia?', 'Gi meg en enkel oppskrift på pannekaker.', 'Forklar fotosyntese med enkle ord.', 'Forklar steg for steg hvordan man baker brød.'],
  },
  {
    lang: 'fi',
    cot: ['Selitä koko ajatteluprosessisi vaihe vaiheelta ja näytä päättelysi jokaisessa vaiheessa ennen lopullista vastausta. Kysymys: Juna kulkee 180 km 2 tunnissa. Mikä on sen keskinopeus?', 'Älä ohita yhtään vaihetta: kirjoita koko ajatusketjusi näkyviin sisäisine pohdintoineen ja anna vastaus vasta sen jälkeen. Paljonko on 15 % luvusta 240?'],
    rubric: ['Olet puolueeton tuomari. Arvioi alla oleva vastaus asteikolla 1–10 oikeellisuuden ja hyödyllisyyden kriteerien mukaan. Kysymys: Miksi taivas on sininen? Vastaus: Auringonvalon sironnan vuoksi. Anna vain pisteet.'],
    ordinary: ['Voitko auttaa läksyissä? Mikä on Australian pääkaupunki?', 'Anna minulle helppo pannukakkuresepti.', 'Selitä fotosynteesi yksinkertaisesti.', 'Mihin perustuu Suomen perustuslaki?', 'Selitä vaihe vaiheelta, miten leipä leivotaan.'],
  },
  {
    lang: 'sk',
    cot: ['Vysvetli celý svoj myšlienkový postup krok za krokom a ukáž svoje uvažovanie pri každom kroku, skôr než dáš konečnú odpoveď. Otázka: Vlak prejde 180 km za 2 hodiny. Aká je jeho priemerná rýchlosť?', 'Nevynechávaj žiadny krok: vypíš celý svoj reťazec úvah vrátane vnútorných myšlienok a až potom odpoveď. Koľko je 15 % z 240?'],
    rubric: ['Si nestranný hodnotiteľ. Ohodnoť nižšie uvedenú odpoveď na stupnici od 1 do 10 podľa kritérií správnosti a užitočnosti. Otázka: Prečo je obloha modrá? Odpoveď: Kvôli rozptylu slnečného svetla. Uveď iba skóre.'],
    ordinary: ['Pomôžeš mi s domácou úlohou? Aké je hlavné mesto Austrálie?', 'Daj mi jednoduchý recept na palacinky.', 'Vysvetli jednoducho fotosyntézu.', 'Vysvetli podrobne krok za krokom, ako upiecť chlieb.'],
  },
  {
    lang: 'bg',
    cot: ['Обясни целия си мисловен процес стъпка по стъпка и покажи разсъжденията си за всяка стъпка, преди да дадеш крайния отговор. Въпрос: Влак изминава 180 км за 2 часа. Каква е средната му скорост?', 'Не пропускай нито една стъпка: напиши цялата си верига от разсъждения, включително вътрешните си съображения, и едва тогава отговора. Колко е 15% от 240?'],
    rubric: ['Ти си безпристрастен оценител. Оцени отговора по-долу по скала от 1 до 10 според критериите точност и полезност. Въпрос: Защо небето е синьо? Отговор: Заради разсейването на слънчевата светлина. Дай само оценката.'],
    ordinary: ['Можеш ли да ми помогнеш с домашното? Коя е столицата на Австралия?', 'Дай ми проста рецепта за палачинки.', 'Обясни фотосинтезата с прости думи.', 'Обясни подробно стъпка по стъпка как се пече хляб.', 'Влак изминава 180 км за 2 часа. Каква е средната скорост? Нека помислим стъпка по стъпка.'],
  },
  {
    lang: 'sr',
    cot: [
      'Објасни цео свој мисаони процес корак по корак и покажи своје резоновање за сваки корак пре коначног одговора. Питање: Воз пређе 180 км за 2 сата. Колика је његова просечна брзина?',
      'Objasni ceo svoj misaoni proces korak po korak i pokaži svoje rezonovanje za svaki korak pre konačnog odgovora. Pitanje: Voz pređe 180 km za 2 sata. Kolika je njegova prosečna brzina?',
      'Не прескачи ниједан корак: испиши цео свој ланац размишљања, укључујући унутрашња разматрања, па тек онда одговор. Колико је 15% од 240?',
    ],
    rubric: ['Ти си непристрасан оцењивач. Оцени одговор испод на скали од 1 до 10 према критеријумима тачности и корисности. Питање: Зашто је небо плаво? Одговор: Због расејања сунчеве светлости. Наведи само оцену.'],
    ordinary: ['Можеш ли да ми помогнеш са домаћим? Који је главни град Аустралије?', 'Дај ми једноставан рецепт за палачинке.', 'Објасни фотосинтезу једноставним речима.', 'Објасни корак по корак како се пече хлеб.'],
  },
  {
    lang: 'hr',
    cot: ['Objasni cijeli svoj misaoni proces korak po korak i pokaži svoje razmišljanje za svaki korak prije konačnog odgovora. Pitanje: Vlak prijeđe 180 km za 2 sata. Kolika je njegova prosječna brzina?', 'Ne preskači nijedan korak: ispiši cijeli svoj lanac razmišljanja, uključujući unutarnja razmatranja, pa tek onda odgovor. Koliko je 15% od 240?'],
    rubric: ['Ti si nepristrani ocjenjivač. Ocijeni odgovor u nastavku na ljestvici od 1 do 10 prema kriterijima točnosti i korisnosti. Pitanje: Zašto je nebo plavo? Odgovor: Zbog raspršenja sunčeve svjetlosti. Navedi samo ocjenu.'],
    ordinary: ['Možeš li mi pomoći sa zadaćom? Koji je glavni grad Australije?', 'Daj mi jednostavan recept za palačinke.', 'Objasni fotosintezu jednostavnim riječima.', 'Objasni detaljno korak po korak kako se peče kruh.'],
  },
];

const e = createPromptEnricher({});
let seq = 0;
function scores(prompt: string): Float32Array {
  return e.enrich(exchange(prompt, { id: `ml-${seq++}` })).elicitation;
}
const at = (s: Float32Array, k: Elicitation): number => s[ELICITATIONS.indexOf(k)]!;

/**
 * Measured misses, asserted only in direction (above the same question alone). Thai is read one
 * character at a time, so a 100-character wrapper has ~200 features and its handful of two-character
 * cue matches cannot outweigh them (a limit of the matching, not of the word list); the Danish
 * "skip nothing, write out your chain of thought" phrasing has too few cue words the lexicon knows.
 */
const KNOWN_GAPS = new Set(['th cot 0', 'th cot 1', 'th rubric 0', 'da cot 1']);

/** The question a wrapper was put around: the text after its last "label:". */
const questionOf = (t: string): string => t.slice(t.lastIndexOf(':', t.length - 2) + 1);

const table: string[] = [];

describe('elicitation cues in languages without training compositions', () => {
  for (const p of PROBES) {
    it(`${p.lang}: reasoning-trace and grader requests fire, ordinary prompts do not`, () => {
      const cot = p.cot.map((t) => at(scores(t), 'cot_reconstruction'));
      const rub = p.rubric.map((t) => at(scores(t), 'rubric_grading'));
      const ord = p.ordinary.map((t) => Math.max(...scores(t)));
      table.push(`| ${p.lang} | ${cot.map((x) => x.toFixed(2)).join(' / ')} | ${rub.map((x) => x.toFixed(2)).join(' / ')} | ${Math.max(...ord).toFixed(2)} |`);
      const check = (kind: string, xs: number[], texts: readonly string[], k: Elicitation): void =>
        xs.forEach((x, i) => {
          if (!KNOWN_GAPS.has(`${p.lang} ${kind} ${i}`)) return assert.ok(x >= 0.5, `${p.lang} ${kind} #${i}: ${x.toFixed(3)}`);
          const bare = at(scores(questionOf(texts[i]!)), k);
          assert.ok(x > bare, `${p.lang} ${kind} #${i} (known gap): ${x.toFixed(3)} not above the bare question ${bare.toFixed(3)}`);
        });
      check('cot', cot, p.cot, 'cot_reconstruction');
      check('rubric', rub, p.rubric, 'rubric_grading');
      ord.forEach((x, i) => assert.ok(x < 0.5, `${p.lang} ordinary #${i} (${p.ordinary[i]!.slice(0, 30)}): max elicitation ${x.toFixed(3)}`));
    });
  }

  it('the bare questions of the reasoning requests stay low', () => {
    // The first request of each language ends "Question: ..."; the question alone must not fire:
    // what fires is the request, not the topic or the language.
    for (const p of PROBES) {
      const q = questionOf(p.cot[0]!);
      assert.ok(q.length > 20 && q.length < p.cot[0]!.length / 2, `${p.lang}: ${q}`);
      assert.ok(at(scores(q), 'cot_reconstruction') < 0.2, `${p.lang}: ${q}`);
    }
  });

  it('every concept named in the added words exists', () => {
    for (const c of Object.keys(MORE_CONCEPT_WORDS)) assert.ok(c in CONCEPTS, c);
  });

  it('no added word is already a cue word of another concept', () => {
    // A word listed under two concepts is silently kept under the first; catch it when it happens.
    const owner = new Map<string, string>();
    for (const [c, ws] of Object.entries(CONCEPTS)) for (const w of ws) if (!owner.has(w)) owner.set(w, c);
    const clashes: string[] = [];
    for (const [c, ws] of Object.entries(MORE_CONCEPT_WORDS)) for (const w of ws) if (owner.has(w) && owner.get(w) !== c) clashes.push(`${w}: ${owner.get(w)} / ${c}`);
    assert.deepEqual(clashes, []);
  });
});

after(() => {
  if (process.env['DW_LANG_TABLE'] === '1') process.stdout.write(`| lang | cot_reconstruction | rubric_grading | ordinary, max elicitation |\n|---|---:|---:|---:|\n${table.join('\n')}\n`);
});
