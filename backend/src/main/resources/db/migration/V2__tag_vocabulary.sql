-- The controlled vocabulary from the domain primer: code, Japanese label, English label, synonyms.
INSERT INTO tag (code, category, label_ja, label_en, synonyms, sort_order) VALUES
    ('FIRST_TIMERS_WELCOME', 'ATMOSPHERE', '初めて歓迎', 'First-timers welcome', '{初めての方歓迎,はじめて歓迎,初参加歓迎,初心者歓迎}', 10),
    ('NO_TALKING_NEEDED', 'ATMOSPHERE', '話さなくてOK', 'No need to talk', '{話さなくても大丈夫,話さなくてもOK,無言でOK,黙々,会話なしでOK}', 20),
    ('HANDS_ON', 'ATMOSPHERE', '作業中心', 'Hands-on work', '{作業が中心,もくもく作業,手作業,軽作業}', 30),
    ('CONVERSATION', 'ATMOSPHERE', 'おしゃべり中心', 'Conversation-centred', '{おしゃべり,お喋り,談話,交流中心,雑談}', 40),
    ('LEAVE_ANYTIME', 'ATMOSPHERE', '途中退出OK', 'Leave any time', '{途中参加OK,出入り自由,途中で帰ってもOK,途中退席OK}', 50),
    ('SMALL_GROUP', 'ATMOSPHERE', '少人数', 'Small group', '{少人数制,こぢんまり,小規模}', 60),
    ('NO_BOOKING', 'ATMOSPHERE', '予約不要', 'No booking needed', '{申込不要,申し込み不要,予約なし,飛び入りOK}', 70),
    ('VISIT_OK', 'ATMOSPHERE', '見学可', 'Visitors welcome', '{見学OK,見学歓迎,見学のみ可}', 80),
    ('CHILDREN_WELCOME', 'AUDIENCE', '子ども連れOK', 'Children welcome', '{子連れOK,子ども連れ歓迎,親子歓迎,子供連れOK}', 90),
    ('MEN_WELCOME', 'AUDIENCE', '男性も参加しやすい', 'Easy for men to join', '{男性歓迎,男性参加者多数,男の居場所}', 100);
