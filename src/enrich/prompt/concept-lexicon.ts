// enrich/prompt: a multilingual lexicon of elicitation cue words, grouped into language-independent
// concepts (THINK, STEP, FULL, RATE, REWRITE, POLICY, ...). Each word that occurs in a prompt adds its
// concept as a feature, so weights learnt mostly from English material carry over to the same cue in
// another language (cross-lingual transfer through a bilingual dictionary, the classic way to
// classify low-resource languages). Words are lowercase; phrases match on their first two tokens;
// in scripts without spaces a word matches on its first two characters.
// Languages: en zh es fr de ru ja ko ar pt hi it tr vi id (CONCEPTS, trained on); 27 more in
// MORE_CONCEPT_WORDS (concept-lexicon-more.ts, no training data). Hand-written; see docs/prompt-intelligence.md.

export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  THINK: [
    'think', 'thinks', 'reasonings', 'réfléchis', 'réfléchir', 'raisonne', 'razona', 'razonando', 'denke', 'nachdenken', 'рассуждай', 'думай', '考える', '考え方', '思考過程', '추론의', '추론을', '생각을', '생각하는지', 'تفكر', 'raciocine', 'pense', 'सोचते', 'सोचिए', 'ragiona', 'düşün', 'düşünme', 'lập luận', 'suy luận', 'bernalar', 'nalar',
    'reasoning', 'reason', 'thinking', 'thought', 'thoughts', 'deliberation', 'rationale', 'monologue',
    '推理', '思考', '思路', '思维', 'razonamiento', 'razonar', 'pensamiento', 'piensas', 'raisonnement', 'réflexion', 'pensée',
    'denkprozess', 'argumentation', 'überlegungen', 'gedanken', 'gedankenkette', 'denkst', 'рассуждение', 'рассуждения', 'рассуждений',
    'мысли', 'мыслей', 'размышления', 'думаешь', '推論', '考え', '추론', '사고', '생각', 'تفكير', 'تفكيرك', 'استدلال', 'استدلالك', 'أفكارك',
    'raciocínio', 'pensamento', 'pensa', 'तर्क', 'सोच', 'विचार', 'ragionamento', 'pensiero', 'pensi', 'akıl yürütme', 'akıl yürütmeni',
    'düşünce', 'düşündüğünü', 'suy luận', 'tư duy', 'suy nghĩ', 'penalaran', 'penalaranmu', 'pemikiran', 'pemikiranmu', 'berpikir',
  ],
  STEP: [
    'step-by-step', 'pas à pas', 'paso a paso', 'passo a passo', 'schritt für', 'шаг за', '一步一步', '逐步', '段階的', '順を追って', '단계를', '단계의', 'خطوة بخطوة', 'चरण दर', 'passo dopo', 'adım adım', 'adımını', 'từng bước', 'langkah demi',
    'step', 'steps', 'stepwise', 'sub-step', '步骤', '一步', 'paso', 'pasos', 'étape', 'étapes', 'schritt', 'schritte', 'шаг', 'шаги',
    'шагом', 'ステップ', '段階', '단계', '단계별로', 'خطوة', 'خطوات', 'passo', 'passos', 'चरण', 'कदम', 'passaggio', 'passaggi',
    'adım', 'adımı', 'bước', 'langkah',
  ],
  FULL: [
    'all', 'tout', 'toute', 'todos', 'todas', 'alle', 'все', 'всю', '全部の', '전부', 'جميع', 'todo o', 'सभी', 'tutti', 'hepsini', 'tất cả', 'semua',
    'full', 'complete', 'entire', 'every', 'whole', 'exhaustive', 'thorough', 'thoroughly', 'detailed', 'verbose',
    '完整', '全部', '每一', '详细', 'completo', 'completa', 'cada', 'detallado', 'detallada', 'exhaustivo', 'exhaustiva', 'complet',
    'complète', 'entier', 'chaque', 'détaillé', 'détaillée', 'intégralité', 'vollständig', 'vollständige', 'jeden', 'ausführlich',
    'gesamten', 'полностью', 'весь', 'всё', 'каждый', 'каждую', 'подробно', 'すべて', '全て', '詳しく', '詳細', '完全', '모든', '전체',
    '자세히', '상세히', 'كامل', 'كاملة', 'بالكامل', 'بالتفصيل', 'detalhado', 'detalhada', 'पूरी', 'हर', 'विस्तार', 'tutto', 'tutta',
    'ogni', 'dettagliato', 'dettagliata', "l'intero", 'tüm', 'tamamını', 'ayrıntılı', 'toàn', 'mọi', 'chi tiết', 'đầy đủ', 'seluruh',
    'setiap', 'rinci', 'lengkap',
  ],
  INTERNAL: [
    'internal', 'internally', 'hidden', 'inner', 'private', 'scratchpad', '内部', '隐藏', 'interno', 'interna', 'oculto', 'interne',
    'caché', 'verborgene', 'внутреннее', 'внутренний', 'скрытое', '内部', '隠れ', '내부', '숨겨진', 'الداخلي',
    'داخلي', 'مخفي', 'आंतरिक', 'nascosto', 'iç', 'gizli', 'bên trong', 'ẩn', 'internalmu', 'tersembunyi',
  ],
  SHOW: [
    'write', 'writes', 'explain', 'explique', 'explica', 'erkläre', 'объясни', '説明', '설명', 'اشرح', 'explique', 'समझाइए', 'spiega', 'açıkla', 'giải thích', 'jelaskan',
    'show', 'reveal', 'display', 'output', 'print', 'dump', 'write out', 'lay out', '展示', '写出', '输出', '显示', 'mostrar', 'muestra',
    'muéstrame', 'escribe', 'montre', 'montrer', 'écris', 'affiche', 'rédige', 'zeige', 'zeigen', 'schreibe', 'ausgeben', 'покажи',
    'выпиши', 'выведи', 'распиши', '示して', '書き出', '出力', '見せて', '보여', '적어', '출력', 'أظهر', 'اكتب', 'اعرض', 'mostre',
    'escreva', 'दिखाइए', 'दिखाओ', 'लिखिए', 'mostra', 'scrivi', 'stampa', 'göster', 'yaz', 'yazdır', 'trình bày', 'viết ra', 'in nguyên',
    'tunjukkan', 'tuliskan', 'cetak',
  ],
  SKIP: [
    'skip', 'omit', 'omitting', 'omitted', 'leave out', '省略', '跳过', 'omitir', 'saltar', 'sauter', 'omettre', 'auslassen',
    'пропуская', 'пропускай', '省略せず', '빠짐없이', '생략', 'تخطي', 'pular', 'छोड़िए', 'saltare', 'atlama', 'bỏ qua', 'melewatkan',
  ],
  PROCESS: ['process', 'processus', 'proceso', 'prozess', 'процесс', '过程', '過程', '과정', '과정을', 'عملية', 'processo', 'प्रक्रिया', 'süreç', 'sürecini', 'quá trình', 'proses'],
  CHAIN: ['chain', 'chain-of-thought', '思维链', '链', 'cadena', 'chaîne', 'kette', 'цепочку', 'цепочка', '連鎖', '사슬', 'سلسلة', 'cadeia', 'श्रृंखला', 'catena', 'zinciri', 'chuỗi', 'rantai'],
  JUSTIFY: ['justify', 'justification', 'justifying', '理由', 'justifica', 'justificando', 'justifie', 'begründe', 'обоснуй', '根拠', '정당화', 'برر', 'justifique', 'औचित्य', 'giustifica', 'gerekçelendir', 'lý do', 'alasan'],
  RATE: [
    'rate', 'rating', 'score', 'scores', 'grade', 'grader', 'evaluate', 'evaluation', 'judge', 'assess',
    '打分', '评分', '评估', '评审', 'califica', 'evalúa', 'evaluador', 'puntuación', 'évalue', 'évaluateur', 'bewerte',
    'bewertung', 'gutachter', 'оцени', 'оценка', 'оценку', 'эксперт', '評価', '採点', '審査', '평가', '점수', '심사위원', 'قيّم', 'تقييم',
    'مقيّم', 'avalie', 'avaliador', 'nota', 'अंक', 'मूल्यांकन', 'valuta', 'punteggio', 'puanla', 'değerlendir', 'chấm', 'đánh giá',
    'điểm', 'nilai', 'evaluasi', 'skor',
  ],
  RUBRIC: [
    'rubric', 'criteria', 'criterion', 'scale', 'correctness', 'helpfulness', '标准', '评分标准', 'rúbrica', 'criterios', 'escala', 'grille',
    'critères', 'échelle', 'bewertungsschema', 'kriterien', 'skala', 'критерии', 'критериям', 'шкале', '基準', '기준', 'معايير', 'مقياس',
    'critérios', 'पैमाने', 'criteri', 'kriter', 'thang', 'tiêu chí', 'kriteria',
  ],
  COMPARE: ['better', 'compare', 'prefer', 'preferred', '更好', '比较', 'mejor', 'compara', 'meilleure', 'meilleur', 'besser', 'vergleiche', 'лучше', 'сравни', '優れ', '比較', '나은', '비교', 'أفضل', 'قارن', 'melhor', 'बेहतर', 'migliore', 'iyi', 'tốt hơn', 'lebih baik'],
  RESPONSE: ['response', 'responses', 'answer', 'answers', 'reply', 'completion', 'candidate', '回答', '答案', 'respuesta', 'réponse', 'antwort', 'ответ', '回答', '답변', 'إجابة', 'الإجابة', 'resposta', 'उत्तर', 'risposta', 'yanıt', 'cevap', 'câu trả lời', 'jawaban'],
  REWRITE: [
    'rewrite', 'rephrase', 'reformulate', 'reword', 'paraphrase', 'transform', '改写', '重写', 'reescribe', 'reformula', 'réécris',
    'reformule', 'umformulieren', 'formuliere', 'перепиши', 'переформулируй', '書き換え', '言い換え', '바꿔', 'صياغة', 'reescreva',
    'दोबारा', 'riscrivi', 'yeniden', 'viết lại', 'tulis ulang',
  ],
  POLICY: [
    'policy', 'censorship', 'censor', 'censors', 'regulations', 'compliant', 'compliance', 'complies', 'official', 'government',
    'state-approved', 'filter', 'content review', 'sensitive', '审查', '审核', '合规', '敏感', '官方', '法规', '过滤', 'política',
    'censura', 'normativa', 'oficial', 'filtro', 'politique', 'censure', 'officiel', 'officielle', 'richtlinien', 'zensur',
    'behördliche', 'sicherheitsfilter', 'правилам', 'цензуры', 'официальную', 'фильтр', 'модерации', 'ポリシー', '検閲', '규정', '정책',
    '검열', 'سياسة', 'الرقابة', 'الرسمية', 'नीति', 'politika', 'politikasına', 'sansür', 'kiểm duyệt', 'chính sách', 'sensor', 'kebijakan',
  ],
  SAFE: ['safe', 'acceptable', 'approved', 'sanitized', 'innocuous', '安全', '通过', 'seguro', 'segura', 'aceptable', 'sûr', 'sûre', 'acceptable', 'sicher', 'zensursichere', 'безопасный', 'безопасным', '安全な', '안전한', 'آمن', 'آمنة', 'सुरक्षित', 'sicura', 'güvenli', 'an toàn', 'aman'],
  GENERATE: [
    'generate', 'create', 'produce', 'synthesize', 'come up', '生成', '创建', '编写', 'genera', 'crea', 'produce', 'génère', 'crée',
    'produis', 'erzeuge', 'erstelle', 'сгенерируй', 'создай', 'составь', '作成', '생성', '만들어', 'أنشئ', 'gere', 'crie', 'बनाइए',
    'üret', 'tạo', 'buat',
  ],
  EXAMPLES: [
    'examples', 'pairs', 'dataset', 'samples', 'instances', 'tasks', 'conversations', 'prompts', '例子', '样例', '数据集', '问答对', '任务',
    'ejemplos', 'pares', 'exemples', 'paires', 'beispiele', 'beispielfragen', 'paare', 'datensatz', 'примеров', 'пар', 'датасет',
    'データセット', 'ペア', '예시', '쌍', '데이터셋', 'أمثلة', 'أزواج', 'exemplos', 'उदाहरण', 'esempi', 'örnek', 'ví dụ', 'contoh',
  ],
  DIVERSE: ['diverse', 'varied', 'various', 'unique', '多样', '多样化', '不同', 'diversos', 'variados', 'variés', 'variées', 'diversifiées', 'vielfältige', 'unterschiedliche', 'разнообразных', 'различных', '多様', '다양한', 'متنوعة', 'diversi', 'विविध', 'çeşitli', 'đa dạng', 'beragam'],
  TRAINING: ['training', 'fine-tuning', 'finetuning', 'fine-tune', '训练', 'entrenar', 'entraîner', 'trainieren', 'обучения', '学習', '학습', 'تدريب', 'treinar', 'प्रशिक्षण', 'addestrare', 'eğitim', 'huấn luyện', 'melatih'],
  FORMAT_JSON: ['json', 'jsonl', 'json lines'],
  IGNORE: ['ignore', 'disregard', 'forget', '忽略', 'ignora', 'ignore', 'ignoriere', 'игнорируй', '無視', '무시하고', 'تجاهل', 'अनदेखा', 'yok say', 'abaikan'],
  INSTRUCTIONS: ['instructions', 'instruction', 'directives', 'configuration', '指令', '指示', 'instrucciones', 'anweisungen', 'инструкции', 'инструкций', '지시', 'التعليمات', 'instruções', 'निर्देशों', 'istruzioni', 'talimatları', 'hướng dẫn', 'instruksi'],
  SYSPROMPT: [
    'system prompt', 'system message', 'developer message', 'systemprompt', '系统提示', '提示词', 'prompt de sistema', 'prompt système',
    'systemprompt', 'системный промпт', 'システムプロンプト', '시스템 프롬프트', 'موجه النظام', 'सिस्टम प्रॉम्प्ट', 'prompt di sistema',
    'sistem istemini', 'lời nhắc', 'prompt sistemmu', 'mensaje de sistema', 'message système', 'systemnachricht',
    'системное сообщение', 'システムメッセージ', '시스템 메시지', 'رسالة النظام', 'mensagem de sistema', 'messaggio di sistema',
    'sistem mesajı', 'tin nhắn hệ thống', 'pesan sistem', 'सिस्टम संदेश', '系统消息', '系统信息',
  ],
  REPEAT: [
    'repeat', 'recite', 'reproduce', 'regurgitate', '重复', '复述', 'repite', 'repetir', 'répète', 'répéter', 'wiederhole',
    'wiederholen', 'повтори', 'повторить', '繰り返', '반복', '그대로', 'كرر', 'repita', 'दोहराओ', 'दोहराइए', 'ripeti', 'tekrarla',
    'lặp lại', 'ulangi',
  ],
  VERBATIM: ['verbatim', 'word for word', 'unmodified', '逐字', '原样', 'palabra por', 'tal cual', 'mot pour', 'wörtlich', 'unverändert', 'дословно', '一字一句', '그대로', 'حرفيًا', 'palavra por', 'शब्दशः', 'parola per', 'kelimesi kelimesine', 'nguyên văn', 'kata demi'],
  PREVIOUS: ['previous', 'earlier', 'above', 'preceding', '之前', '上面', 'anteriores', 'précédentes', 'vorherigen', 'предыдущие', 'これまで', '이전의', 'السابقة', 'पिछले', 'precedenti', 'önceki', 'trước đó', 'sebelumnya'],
  IMAGE: ['image', 'picture', 'photo', 'screenshot', 'chart', 'scanned', '图片', '照片', '图中', '截图', 'imagen', 'foto', 'bild', 'foto', 'изображение', 'изображении', 'фото', '画像', '写真', '이미지', '사진', 'صورة', 'الصورة', 'imagem', 'छवि', 'फोटो', 'immagine', 'görsel', 'resim', 'hình ảnh', 'ảnh', 'gambar'],
  CLICK: ['click', 'button', 'browser', 'navigate', 'scroll', 'desktop', 'mouse', '点击', '按钮', '浏览器', 'clic', 'botón', 'navegador', 'clique', 'bouton', 'navigateur', 'klicke', 'browser', 'нажми', 'кнопку', 'браузер', 'クリック', 'ボタン', 'ブラウザ', '클릭', '버튼', '브라우저', 'انقر', 'زر', 'متصفح', 'botão'],
  TABLE: ['csv', 'column', 'columns', 'table', 'spreadsheet', 'correlation', 'standard deviation', 'pivot', '平均值', '相关', 'columna', 'columnas', 'colonne', 'moyenne', 'spalte', 'spalten', 'mittelwert', 'столбец', 'столбца', 'среднее', '平均', '열', '평균', 'عمود', 'المتوسط', 'coluna', 'média'],
  CODE: ['function', 'python', 'code', 'compile', 'javascript', 'typescript', 'bug', 'unit tests', '函数', '代码', 'función', 'código', 'fonction', 'funktion', 'функция', 'функцию', 'код', '関数', 'コード', '함수', '코드', 'دالة', 'كود', 'função', 'फ़ंक्शन', 'funzione', 'fonksiyon', 'hàm', 'fungsi'],
  MATH: [
    'calculate', 'compute', 'equation', 'solve', 'integral', 'probability', 'theorem', 'prove', 'remainder', 'divisible', 'polynomial',
    '计算', '方程', '求解', '证明', '概率', 'calcula', 'ecuación', 'resuelve', 'probabilidad', 'calcule', 'équation', 'résous',
    'probabilité', 'berechne', 'gleichung', 'löse', 'wahrscheinlichkeit', 'вычисли', 'уравнение', 'реши', 'вероятность', '計算',
    '方程式', '証明', '確率', '계산', '방정식', '증명', '확률', 'احسب', 'معادلة', 'احتمال', 'calcule', 'equação', 'resolva',
    'probabilidade', 'गणना', 'समीकरण', 'प्रायिकता', 'calcola', 'equazione', 'risolvi', 'probabilità', 'hesapla', 'denklem',
    'olasılık', 'tính', 'phương trình', 'xác suất', 'hitung', 'persamaan', 'peluang', 'bereken', 'vergelijking', 'oblicz',
    'równanie', 'обчисли', 'рівняння', 'محاسبه', 'معادله', 'คำนวณ', 'สมการ', 'হিসাব', 'সমীকরণ', 'חשב', 'משוואה', 'beräkna',
    'ekvation', 'υπολόγισε', 'εξίσωση', 'vypočítej', 'rovnice', 'calculează', 'ecuația', 'számítsd', 'egyenlet', 'hesabu', 'mlinganyo',
  ],
  POEM: ['poem', 'story', 'lyrics', 'sonnet', 'haiku', '诗', '故事', 'poema', 'cuento', 'poème', 'histoire', 'gedicht', 'geschichte', 'стихотворение', 'рассказ', '物語', '시를', '이야기', 'قصيدة', 'قصة', 'कविता', 'poesia', 'şiir', 'thơ', 'puisi'],
  HOMEWORK: ['homework', 'teacher', 'stuck', 'confused', "don't get", '作业', '老师', 'tarea', 'devoirs', 'hausaufgaben', 'домашке', 'домашка', '宿題', '숙제', 'واجبي', 'dever', 'होमवर्क', 'compiti', 'ödevimde', 'bài tập', 'pr ini'],
};
