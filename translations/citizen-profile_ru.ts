<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>The server cannot be reached. The archive can still be read offline.</source>
        <translation>Сервер недоступен. Архив по-прежнему можно просматривать без подключения к сети.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent (%1).</source>
        <translation>Сертификат сервера не является доверенным, поэтому ничего не отправлено (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s public key does not match the pin, so nothing was sent.</source>
        <translation>Открытый ключ сервера не совпадает с закреплённым ключом (--pin), поэтому ничего не отправлено.</translation>
    </message>
    <message>
        <source>The server tried to move the connection to an unencrypted address; it was refused.</source>
        <translation>Сервер попытался перенаправить соединение на незашифрованный адрес; переход отклонён.</translation>
    </message>
    <message>
        <source>The server settings are not usable (%1).</source>
        <translation>Настройки подключения к серверу некорректны (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>Не удалось разобрать ответ сервера (%1).</translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation>Операция отменена.</translation>
    </message>
    <message>
        <source>The sign-in has ended. Sign in again with: citizen-profile-cli login</source>
        <translation>Срок действия входа истёк. Войдите снова командой: citizen-profile-cli login</translation>
    </message>
    <message>
        <source>The server is not available right now (HTTP %1). Try again later; the archive can still be read offline.</source>
        <translation>Сервер сейчас недоступен (HTTP %1). Повторите попытку позже; архив по-прежнему можно просматривать без подключения к сети.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Что-то пошло не так (%1).</translation>
    </message>
    <message>
        <source>There is no %1 &apos;%2&apos; in the archive. Run &apos;citizen-profile-cli sync&apos; to fetch what is new.</source>
        <translation>В архиве нет %1 «%2». Чтобы получить новые данные, выполните команду «citizen-profile-cli sync».</translation>
    </message>
    <message>
        <source>The server refused: your trust level does not allow this operation.</source>
        <translation>Сервер отказал: вашего уровня доверия идентификации недостаточно для этой операции.</translation>
    </message>
    <message>
        <source>The server refused: the request has expired.</source>
        <translation>Сервер отказал: срок ответа на запрос истёк.</translation>
    </message>
    <message>
        <source>The server refused: the organisation has withdrawn the request.</source>
        <translation>Сервер отказал: организация отозвала запрос.</translation>
    </message>
    <message>
        <source>The server refused: the request has already been decided.</source>
        <translation>Сервер отказал: решение по запросу уже принято.</translation>
    </message>
    <message>
        <source>The server refused: the consent is no longer active.</source>
        <translation>Сервер отказал: согласие больше не действует.</translation>
    </message>
    <message>
        <source>The server refused: it does not know this item.</source>
        <translation>Сервер отказал: такой объект на сервере не найден.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Сервер отказал: запрос составлен некорректно.</translation>
    </message>
    <message>
        <source>The server refused.</source>
        <translation>Сервер отказал.</translation>
    </message>
    <message>
        <source>There is no folder for the archive; give one with --data-dir.</source>
        <translation>Не определена папка для архива; укажите её с помощью --data-dir.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Another citizen-profile-cli command is using %1; try again when it has finished.</source>
        <translation>Папку %1 использует другая команда citizen-profile-cli; повторите попытку, когда она завершится.</translation>
    </message>
    <message>
        <source>The settings in %1 cannot be read (%2).</source>
        <translation>Не удаётся прочитать настройки в папке %1 (%2).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Не удаётся прочитать файл сертификатов удостоверяющих центров %1.</translation>
    </message>
    <message>
        <source>The settings cannot be saved (%1).</source>
        <translation>Не удаётся сохранить настройки (%1).</translation>
    </message>
    <message>
        <source>No server is set. Give its address once with --server https://…</source>
        <translation>Сервер не задан. Укажите его адрес один раз с помощью --server https://…</translation>
    </message>
    <message>
        <source>Passphrase of the archive:</source>
        <translation>Парольная фраза архива:</translation>
    </message>
    <message>
        <source>No keychain answers, so the archive needs a passphrase. New passphrase:</source>
        <translation>Хранилище ключей не отвечает, поэтому для архива нужна парольная фраза. Новая парольная фраза:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Повторите парольную фразу:</translation>
    </message>
    <message>
        <source>The two passphrases differ, or none was typed.</source>
        <translation>Парольные фразы не совпадают или не введены.</translation>
    </message>
    <message>
        <source>The archive could not be unlocked with the key in the keychain (%1).</source>
        <translation>Не удалось открыть архив ключом из хранилища ключей (%1).</translation>
    </message>
    <message>
        <source>The archive is protected by a passphrase: set CP_PASSPHRASE or run the command on a terminal.</source>
        <translation>Архив защищён парольной фразой: задайте CP_PASSPHRASE или запустите команду в терминале.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <source>The archive could not be unlocked (%1).</source>
        <translation>Не удалось открыть архив (%1).</translation>
    </message>
    <message>
        <source>There is no archive in %1 yet. Sign in with &apos;citizen-profile-cli login&apos;, then run &apos;citizen-profile-cli sync&apos;.</source>
        <translation>В папке %1 пока нет архива. Войдите командой «citizen-profile-cli login», затем выполните «citizen-profile-cli sync».</translation>
    </message>
    <message>
        <source>A new encrypted archive was made in %1; its key is kept in the keychain.</source>
        <translation>В папке %1 создан новый зашифрованный архив; его ключ сохранён в хранилище ключей.</translation>
    </message>
    <message>
        <source>No keychain answered (%1), so a new archive needs a passphrase: set CP_PASSPHRASE or run the command on a terminal.</source>
        <translation>Хранилище ключей не ответило (%1), поэтому для нового архива нужна парольная фраза: задайте CP_PASSPHRASE или запустите команду в терминале.</translation>
    </message>
    <message>
        <source>The archive could not be made (%1).</source>
        <translation>Не удалось создать архив (%1).</translation>
    </message>
    <message>
        <source>A new encrypted archive was made in %1; it opens with your passphrase.</source>
        <translation>В папке %1 создан новый зашифрованный архив; он открывается вашей парольной фразой.</translation>
    </message>
    <message>
        <source>The archive failed its check and was moved aside to %1. A new one was started; the next sync fills it again.</source>
        <translation>Архив не прошёл проверку и перемещён в %1. Создан новый архив; при следующей синхронизации он будет заполнен заново.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in with: citizen-profile-cli login</source>
        <translation>Вы не вошли в систему. Войдите командой: citizen-profile-cli login</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the sign-in could not be renewed. The archive can still be read offline.</source>
        <translation>Сервер недоступен, поэтому продлить вход не удалось. Архив по-прежнему можно просматривать без подключения к сети.</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Чтобы войти, откройте этот адрес в браузере:</translation>
    </message>
    <message>
        <source>Waiting for the browser. If it runs on another computer, paste here the address it ended on (it starts with http://127.0.0.1).</source>
        <translation>Ожидание ответа браузера. Если браузер открыт на другом компьютере, вставьте сюда адрес, на котором он остановился (адрес начинается с http://127.0.0.1).</translation>
    </message>
    <message>
        <source>That is not the address this sign-in waits for.</source>
        <translation>Это не тот адрес, которого ожидает текущий вход.</translation>
    </message>
    <message>
        <source>The sign-in did not finish in time. Run &apos;login&apos; again.</source>
        <translation>Вход не был завершён вовремя. Выполните команду «login» ещё раз.</translation>
    </message>
    <message>
        <source>The sign-in was refused at the server.</source>
        <translation>Сервер отказал во входе.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Вход выполнен.</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the keychain (%1).</source>
        <translation>Не удалось удалить данные входа из хранилища ключей (%1).</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Выход выполнен.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>encrypted, key in the keychain</source>
        <translation>зашифрован, ключ в хранилище ключей</translation>
    </message>
    <message>
        <source>encrypted, opens with a passphrase</source>
        <translation>зашифрован, открывается парольной фразой</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ещё не создан</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>yes, but the server cannot be reached now</source>
        <translation>да, но сервер сейчас недоступен</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Гражданин</translation>
    </message>
    <message>
        <source>Trust level</source>
        <translation>Уровень доверия идентификации</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>never</source>
        <translation>не выполнялась</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Запросы, ожидающие решения</translation>
    </message>
    <message>
        <source>Decisions waiting to be sent</source>
        <translation>Решения, ожидающие отправки</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2 types</source>
        <translation>%1, видов: %2</translation>
    </message>
    <message>
        <source>%1, %2 offline</source>
        <translation>%1, на компьютере: %2</translation>
    </message>
    <message>
        <source>Consent requests</source>
        <translation>Запросы согласия</translation>
    </message>
    <message>
        <source>%1, %2 pending</source>
        <translation>%1, ожидают решения: %2</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Access events</source>
        <translation>Обращения к данным</translation>
    </message>
    <message>
        <source>The archive is up to date.</source>
        <translation>Архив обновлён.</translation>
    </message>
    <message numerus="yes">
        <source>%n changed record(s)</source>
        <translation>
            <numerusform>%n изменённая запись</numerusform>
            <numerusform>%n изменённые записи</numerusform>
            <numerusform>%n изменённых записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s)</source>
        <translation>
            <numerusform>%n новый документ</numerusform>
            <numerusform>%n новых документа</numerusform>
            <numerusform>%n новых документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fulfilled order(s)</source>
        <translation>
            <numerusform>%n выполненный заказ</numerusform>
            <numerusform>%n выполненных заказа</numerusform>
            <numerusform>%n выполненных заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new consent request(s)</source>
        <translation>
            <numerusform>%n новый запрос согласия</numerusform>
            <numerusform>%n новых запроса согласия</numerusform>
            <numerusform>%n новых запросов согласия</numerusform>
        </translation>
    </message>
    <message>
        <source>New since the last sync: %1.</source>
        <translation>Изменения с прошлой синхронизации: %1.</translation>
    </message>
    <message>
        <source>There is no record type &apos;%1&apos;. The types are: %2.</source>
        <translation>Вида сведений «%1» нет. Доступные виды: %2.</translation>
    </message>
    <message>
        <source>version %1, %2, %3</source>
        <translation>версия %1, %2, %3</translation>
    </message>
    <message>
        <source>confirmed by the register</source>
        <translation>подтверждено реестром</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>внесено вами</translation>
    </message>
    <message>
        <source>Version %1 of %2 (%3)</source>
        <translation>Версия %1 от %2 (%3)</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>было: %1</translation>
    </message>
    <message>
        <source>The archive holds no records yet; run &apos;sync&apos;.</source>
        <translation>В архиве пока нет сведений; выполните команду «sync».</translation>
    </message>
    <message>
        <source>The archive holds no record of this type.</source>
        <translation>В архиве нет сведений этого вида.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>The archive holds no documents yet; run &apos;sync&apos;.</source>
        <translation>В архиве пока нет документов; выполните команду «sync».</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документа</translation>
    </message>
    <message>
        <source>The stored copy of the document cannot be read (%1).</source>
        <translation>Не удаётся прочитать сохранённую копию документа (%1).</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Скачивание</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>Не удаётся записать %1 (%2).</translation>
    </message>
    <message>
        <source>With --json, give --output FILE: standard output carries the JSON document.</source>
        <translation>С параметром --json укажите --output FILE: стандартный вывод занят документом JSON.</translation>
    </message>
    <message>
        <source>The document&apos;s contents would go to the terminal: give --output FILE or redirect standard output.</source>
        <translation>Содержимое документа было бы выведено в терминал: укажите --output FILE или перенаправьте стандартный вывод.</translation>
    </message>
    <message>
        <source>Warning: %1 is not encrypted. This copy leaves the protection of the archive; keep it safe, and delete it when it is no longer needed.</source>
        <translation>Внимание: файл %1 не зашифрован. Эта копия находится вне защиты архива: храните её в надёжном месте и удалите, когда она станет не нужна.</translation>
    </message>
    <message>
        <source>%1 written (%2).</source>
        <translation>Файл %1 записан (%2).</translation>
    </message>
    <message>
        <source>The document&apos;s signature is not stored (%1); run &apos;sync&apos; to fetch it.</source>
        <translation>Подпись документа не сохранена (%1); чтобы получить её, выполните команду «sync».</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Время подписания</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be ordered. These kinds can: %2.</source>
        <translation>Документ вида «%1» заказать нельзя. Можно заказать: %2.</translation>
    </message>
    <message>
        <source>Ordering %1 needs --year.</source>
        <translation>Для заказа документа %1 укажите --year.</translation>
    </message>
    <message>
        <source>Ordering %1 takes no --year.</source>
        <translation>Для заказа документа %1 параметр --year не указывается.</translation>
    </message>
    <message>
        <source>Ordered (%1). The document arrives with a later sync.</source>
        <translation>Документ заказан (%1). Он поступит при одной из следующих синхронизаций.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Не удаётся прочитать %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MiB, the most the server takes.</source>
        <translation>Файл %1 больше 20 МБ — это наибольший размер, который принимает сервер.</translation>
    </message>
    <message>
        <source>Only PDF, PNG and JPEG files can be added.</source>
        <translation>Добавить можно только файлы PDF, PNG и JPEG.</translation>
    </message>
    <message>
        <source>The title must have 1 to 200 characters.</source>
        <translation>Название должно содержать от 1 до 200 символов.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Added as %1.</source>
        <translation>Документ добавлен: %1.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>%1, waiting to send: %2</source>
        <translation>%1; ожидает отправки: %2</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Нет данных для отображения.</translation>
    </message>
    <message>
        <source>Consent request %1</source>
        <translation>Запрос согласия %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1.</source>
        <translation>Ожидает отправки: %1.</translation>
    </message>
    <message>
        <source>Consent %1</source>
        <translation>Согласие %1</translation>
    </message>
    <message>
        <source>consent request or consent</source>
        <translation>запроса согласия или согласия</translation>
    </message>
    <message>
        <source>There is no terminal to ask on: add --yes to confirm.</source>
        <translation>Нет терминала для запроса подтверждения: добавьте --yes, чтобы подтвердить.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>согласия</translation>
    </message>
    <message>
        <source>The consent %1 is %2; only an active consent can be revoked.</source>
        <translation>Согласие %1: статус «%2». Отозвать можно только действующее согласие.</translation>
    </message>
    <message>
        <source>Revoke this consent? The organisation loses access from now on.</source>
        <translation>Отозвать это согласие? Организация сразу потеряет доступ к данным.</translation>
    </message>
    <message>
        <source>consent request</source>
        <translation>запроса согласия</translation>
    </message>
    <message>
        <source>The request %1 is %2; only a pending request can be decided.</source>
        <translation>Запрос %1: статус «%2». Решение можно принять только по запросу, который ожидает решения.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an optional record of this request. Its optional records are: %2.</source>
        <translation>Сведения «%1» не входят в число необязательных для этого запроса. Необязательные сведения запроса: %2.</translation>
    </message>
    <message>
        <source>Shared on granting: %1</source>
        <translation>При согласии будут переданы: %1</translation>
    </message>
    <message>
        <source>Grant?</source>
        <translation>Дать согласие?</translation>
    </message>
    <message>
        <source>This is a high-risk financial operation. Grant it all the same?</source>
        <translation>Это высокорисковая финансовая операция. Всё равно дать согласие?</translation>
    </message>
    <message>
        <source>Deny?</source>
        <translation>Отказать в согласии?</translation>
    </message>
    <message>
        <source>The decision is stored and waits to be sent: the server cannot be reached now. The next sync sends it.</source>
        <translation>Решение сохранено и ожидает отправки: сервер сейчас недоступен. Решение будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Granted; the consent is %1.</source>
        <translation>Согласие дано: %1.</translation>
    </message>
    <message>
        <source>Denied.</source>
        <translation>В согласии отказано.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Согласие отозвано.</translation>
    </message>
    <message>
        <source>The decision is stored, but the sign-in has ended: sign in again with &apos;login&apos;, and the next sync sends it.</source>
        <translation>Решение сохранено, но срок действия входа истёк: войдите снова командой «login», и решение будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>No decision has been made on %1 yet, so there is no receipt.</source>
        <translation>По %1 решение ещё не принято, поэтому квитанции нет.</translation>
    </message>
    <message>
        <source>The receipt was written to %1.</source>
        <translation>Квитанция записана в файл %1.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>отказано: %1</translation>
    </message>
    <message>
        <source>read</source>
        <translation>получены</translation>
    </message>
    <message>
        <source>Nobody has read your data under a consent yet.</source>
        <translation>Ваши данные пока никто не получал по согласию.</translation>
    </message>
    <message>
        <source>Passphrase for the backup:</source>
        <translation>Парольная фраза для резервной копии:</translation>
    </message>
    <message>
        <source>A backup needs a passphrase: set CP_BACKUP_PASSPHRASE or type it twice on a terminal.</source>
        <translation>Для резервной копии нужна парольная фраза: задайте CP_BACKUP_PASSPHRASE или дважды введите её в терминале.</translation>
    </message>
    <message>
        <source>The archive could not be copied for the backup (%1).</source>
        <translation>Не удалось скопировать архив для резервной копии (%1).</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Запись резервной копии…</translation>
    </message>
    <message>
        <source>The backup could not be written (%1).</source>
        <translation>Не удалось записать резервную копию (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The backup was written to %1 (%2, %n file(s)).</source>
        <translation>
            <numerusform>Резервная копия записана в %1 (%2, %n файл).</numerusform>
            <numerusform>Резервная копия записана в %1 (%2, %n файла).</numerusform>
            <numerusform>Резервная копия записана в %1 (%2, %n файлов).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds an archive. Restore into an empty folder (--data-dir), or remove this one with &apos;wipe&apos; first.</source>
        <translation>В папке %1 уже есть архив. Восстановите копию в пустую папку (--data-dir) или сначала удалите этот архив командой «wipe».</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Парольная фраза резервной копии:</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase is needed: set CP_BACKUP_PASSPHRASE or run the command on a terminal.</source>
        <translation>Нужна парольная фраза резервной копии: задайте CP_BACKUP_PASSPHRASE или запустите команду в терминале.</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Чтение резервной копии…</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup (or the file is damaged).</source>
        <translation>Эта парольная фраза не подходит к резервной копии (или файл повреждён).</translation>
    </message>
    <message>
        <source>The backup could not be restored (%1).</source>
        <translation>Не удалось восстановить резервную копию (%1).</translation>
    </message>
    <message>
        <source>The restored settings cannot be read (%1).</source>
        <translation>Не удаётся прочитать восстановленные настройки (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The archive was restored into %1 (%n file(s)).</source>
        <translation>
            <numerusform>Архив восстановлен в %1 (%n файл).</numerusform>
            <numerusform>Архив восстановлен в %1 (%n файла).</numerusform>
            <numerusform>Архив восстановлен в %1 (%n файлов).</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain answered, so the restored archive needs a passphrase: set CP_PASSPHRASE or run the command on a terminal, then import again into an empty folder.</source>
        <translation>Хранилище ключей не ответило, поэтому для восстановленного архива нужна парольная фраза: задайте CP_PASSPHRASE или запустите команду в терминале, затем повторите импорт в пустую папку.</translation>
    </message>
    <message>
        <source>The restored archive could not get its key (%1).</source>
        <translation>Не удалось получить ключ для восстановленного архива (%1).</translation>
    </message>
    <message>
        <source>Remove the archive in %1, its documents, its keys and the sign-in from this computer? This cannot be undone.</source>
        <translation>Удалить с этого компьютера архив в папке %1, его документы, ключи и данные входа? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Not everything could be removed (%1).</source>
        <translation>Удалить удалось не всё (%1).</translation>
    </message>
    <message>
        <source>Everything of the archive was removed from this computer.</source>
        <translation>Архив и все связанные с ним данные удалены с этого компьютера.</translation>
    </message>
    <message>
        <source>not identified</source>
        <translation>личность не подтверждена</translation>
    </message>
    <message>
        <source>Your own file</source>
        <translation>Ваш файл</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действительна</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>недействительна</translation>
    </message>
    <message>
        <source>unknown issuer</source>
        <translation>неизвестный удостоверяющий центр</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>ещё не проверена</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не удаётся прочитать</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>без подписи</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>на компьютере</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>online only</source>
        <translation>только на сервере</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>согласие</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>отказ</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>отзыв согласия</translation>
    </message>
    <message>
        <source>INN / OGRN</source>
        <translation>ИНН / ОГРН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Registered participant</source>
        <translation>Зарегистрированный участник</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <source>Your trust level</source>
        <translation>Ваш уровень доверия идентификации</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия с данными</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Кому передаются</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <source>Required records</source>
        <translation>Обязательные сведения</translation>
    </message>
    <message>
        <source>Optional records</source>
        <translation>Необязательные сведения</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>The profile server&apos;s https:// address (kept for later runs).</source>
        <translation>Адрес сервера профиля, начинающийся с https:// (сохраняется для следующих запусков).</translation>
    </message>
    <message>
        <source>Trust only the CA certificates in this PEM file (kept).</source>
        <translation>Доверять только сертификатам удостоверяющих центров из этого файла PEM (сохраняется).</translation>
    </message>
    <message>
        <source>Require this SHA-256 (hex) of the server&apos;s public key (kept).</source>
        <translation>Требовать, чтобы SHA-256 открытого ключа сервера (в шестнадцатеричном виде) совпадал с этим значением (сохраняется).</translation>
    </message>
    <message>
        <source>The folder of the archive (default: the user&apos;s data folder).</source>
        <translation>Папка архива (по умолчанию — папка данных пользователя).</translation>
    </message>
    <message>
        <source>Write one JSON document per command on stdout, for scripts.</source>
        <translation>Выводить в stdout один документ JSON на каждую команду (для сценариев).</translation>
    </message>
    <message>
        <source>The language of messages (default: the system&apos;s).</source>
        <translation>Язык сообщений (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>login: only print the address; do not start a browser.</source>
        <translation>login: только вывести адрес, не открывая браузер.</translation>
    </message>
    <message>
        <source>records: every version, with what changed.</source>
        <translation>records: все версии с указанием изменений.</translation>
    </message>
    <message>
        <source>Write to FILE (created 0600) instead of stdout.</source>
        <translation>Записать в FILE (создаётся с правами 0600) вместо stdout.</translation>
    </message>
    <message>
        <source>documents order: the year the document covers.</source>
        <translation>documents order: год, за который нужен документ.</translation>
    </message>
    <message>
        <source>documents add: the title (default: the file name).</source>
        <translation>documents add: название (по умолчанию — имя файла).</translation>
    </message>
    <message>
        <source>consents list: pending, granted, denied, expired, withdrawn, active or revoked.</source>
        <translation>consents list: статус — pending, granted, denied, expired, withdrawn, active или revoked.</translation>
    </message>
    <message>
        <source>consents grant: the optional records to share as well.</source>
        <translation>consents grant: необязательные сведения, которые тоже нужно передать.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (needed without a terminal).</source>
        <translation>Не запрашивать подтверждение (обязательно при работе без терминала).</translation>
    </message>
    <message>
        <source>Sign in through the browser.</source>
        <translation>Войти через браузер.</translation>
    </message>
    <message>
        <source>Sign out and forget the sign-in on this computer.</source>
        <translation>Выйти и удалить данные входа с этого компьютера.</translation>
    </message>
    <message>
        <source>Show the sign-in, the archive and the last sync.</source>
        <translation>Показать состояние входа, архива и последней синхронизации.</translation>
    </message>
    <message>
        <source>Bring the archive up to date with the server.</source>
        <translation>Обновить архив данными с сервера.</translation>
    </message>
    <message>
        <source>Show the records of the profile, or of one type.</source>
        <translation>Показать сведения профиля — все или одного вида.</translation>
    </message>
    <message>
        <source>List the documents of the archive.</source>
        <translation>Показать список документов архива.</translation>
    </message>
    <message>
        <source>Write a document&apos;s contents to stdout or FILE.</source>
        <translation>Вывести содержимое документа в stdout или в FILE.</translation>
    </message>
    <message>
        <source>Check a document&apos;s signature again, offline.</source>
        <translation>Повторно проверить подпись документа без подключения к сети.</translation>
    </message>
    <message>
        <source>Copy a document out of the encrypted archive.</source>
        <translation>Скопировать документ из зашифрованного архива.</translation>
    </message>
    <message>
        <source>Order a fresh document from its source.</source>
        <translation>Заказать новый документ у ведомства, которое его выдаёт.</translation>
    </message>
    <message>
        <source>Add a PDF, PNG or JPEG file of your own.</source>
        <translation>Добавить свой файл PDF, PNG или JPEG.</translation>
    </message>
    <message>
        <source>List consent requests and consents.</source>
        <translation>Показать список запросов согласия и согласий.</translation>
    </message>
    <message>
        <source>Show a consent request or a consent in full.</source>
        <translation>Показать запрос согласия или согласие полностью.</translation>
    </message>
    <message>
        <source>Grant a consent request.</source>
        <translation>Дать согласие по запросу.</translation>
    </message>
    <message>
        <source>Deny a consent request.</source>
        <translation>Отказать в согласии по запросу.</translation>
    </message>
    <message>
        <source>Revoke a consent.</source>
        <translation>Отозвать согласие.</translation>
    </message>
    <message>
        <source>Write the receipt of a decision, as JSON.</source>
        <translation>Вывести квитанцию о решении в формате JSON.</translation>
    </message>
    <message>
        <source>Show which organisation read which records, and when.</source>
        <translation>Показать, какие организации и когда получали ваши сведения.</translation>
    </message>
    <message>
        <source>Export the whole archive to a file protected by a passphrase.</source>
        <translation>Выгрузить весь архив в файл, защищённый парольной фразой.</translation>
    </message>
    <message>
        <source>Restore the archive from a backup file.</source>
        <translation>Восстановить архив из файла резервной копии.</translation>
    </message>
    <message>
        <source>Remove the archive, its keys and the sign-in from this computer.</source>
        <translation>Удалить архив, его ключи и данные входа с этого компьютера.</translation>
    </message>
    <message>
        <source>Run &apos;citizen-profile-cli --help&apos; for the commands and options.</source>
        <translation>Чтобы увидеть список команд и параметров, выполните «citizen-profile-cli --help».</translation>
    </message>
    <message>
        <source>Usage: citizen-profile-cli [OPTIONS] COMMAND [ARGUMENTS]</source>
        <translation>Использование: citizen-profile-cli [ПАРАМЕТРЫ] КОМАНДА [АРГУМЕНТЫ]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>citizen-profile-cli: your digital profile on the command line. It signs in, keeps an encrypted archive of your records, documents and consents up to date, and sends your decisions on consent requests.</source>
        <translation>citizen-profile-cli: ваш цифровой профиль в командной строке. Программа выполняет вход, поддерживает в актуальном состоянии зашифрованный архив ваших сведений, документов и согласий и отправляет ваши решения по запросам согласия.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Переменные окружения:</translation>
    </message>
    <message>
        <source>The archive&apos;s passphrase, where no keychain holds its key (for scripts).</source>
        <translation>Парольная фраза архива, если его ключ не сохранён в хранилище ключей (для сценариев).</translation>
    </message>
    <message>
        <source>The passphrase of a backup file, for backup export and import without a terminal.</source>
        <translation>Парольная фраза файла резервной копии для backup export и backup import без терминала.</translation>
    </message>
    <message>
        <source>The keychain service name (default: citizen-profile), to keep tests apart.</source>
        <translation>Имя службы в хранилище ключей (по умолчанию — citizen-profile), чтобы тесты не мешали друг другу.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Коды завершения:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Выполнено.</translation>
    </message>
    <message>
        <source>An error (the message says which).</source>
        <translation>Ошибка (подробности — в сообщении).</translation>
    </message>
    <message>
        <source>Wrong use of the command line.</source>
        <translation>Неправильный вызов команды.</translation>
    </message>
    <message>
        <source>Not signed in: run &apos;login&apos; first.</source>
        <translation>Вход не выполнен: сначала запустите команду «login».</translation>
    </message>
    <message>
        <source>The archive is locked, or the passphrase is wrong.</source>
        <translation>Архив заблокирован или парольная фраза неверна.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the archive can still be read offline, and decisions wait to be sent.</source>
        <translation>Сервер недоступен; архив можно просматривать без подключения к сети, а решения ожидают отправки.</translation>
    </message>
    <message>
        <source>Refused by the server, or by the trust-level rule the server applies.</source>
        <translation>Отказ сервера или отказ по правилу уровня доверия идентификации, которое применяет сервер.</translation>
    </message>
    <message>
        <source>With --json, every command writes one JSON document on stdout, errors as {&quot;error&quot;: code, &quot;message&quot;: text}; see docs/cli.md for the members.</source>
        <translation>С параметром --json каждая команда выводит в stdout один документ JSON, ошибки — в виде {&quot;error&quot;: code, &quot;message&quot;: text}; описание полей — в docs/cli.md.</translation>
    </message>
    <message>
        <source>--lang takes ru or en.</source>
        <translation>Параметр --lang принимает значения ru или en.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Неизвестный параметр --%1.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Для параметра --%1 нужно указать значение.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Параметр --%1 не принимает значения.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>Параметр --%1 указан дважды.</translation>
    </message>
    <message>
        <source>The server address must start with https://: an unencrypted http:// address is refused.</source>
        <translation>Адрес сервера должен начинаться с https://: незашифрованный адрес http:// не принимается.</translation>
    </message>
    <message>
        <source>The server address must be an https:// address, such as https://profile.example:8443.</source>
        <translation>Адрес сервера должен быть адресом https://, например https://profile.example:8443.</translation>
    </message>
    <message>
        <source>--pin takes the SHA-256 of the server&apos;s public key as 64 hexadecimal digits.</source>
        <translation>Параметр --pin принимает SHA-256 открытого ключа сервера в виде 64 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>--state takes one of: %1.</source>
        <translation>Параметр --state принимает одно из значений: %1.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2025.</source>
        <translation>Параметр --year принимает год, например 2025.</translation>
    </message>
    <message>
        <source>A command is needed.</source>
        <translation>Укажите команду.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand.</source>
        <translation>Для «%1» нужно указать подкоманду.</translation>
    </message>
    <message>
        <source>Usage: citizen-profile-cli %1 %2</source>
        <translation>Использование: citizen-profile-cli %1 %2</translation>
    </message>
    <message>
        <source>The option --%1 does not go with &apos;%2&apos;.</source>
        <translation>Параметр --%1 не используется с командой «%2».</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[д/Н]</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>The archive could not be written; the disk may be full (%1).</source>
        <translation>Не удалось записать архив; возможно, диск заполнен (%1).</translation>
    </message>
    <message>
        <source>The decision could not be saved on this computer; nothing was sent. The disk may be full.</source>
        <translation>Решение не удалось сохранить на этом компьютере, поэтому оно не отправлено. Возможно, диск заполнен.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consumer loan</source>
        <translation>Потребительский кредит</translation>
    </message>
    <message>
        <source>Mortgage loan</source>
        <translation>Ипотечный кредит</translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation>Автокредит</translation>
    </message>
    <message>
        <source>Compulsory motor insurance (OSAGO)</source>
        <translation>Обязательное страхование автогражданской ответственности (ОСАГО)</translation>
    </message>
    <message>
        <source>Comprehensive motor insurance (KASKO)</source>
        <translation>Добровольное страхование автомобиля (КАСКО)</translation>
    </message>
    <message>
        <source>Life insurance</source>
        <translation>Страхование жизни</translation>
    </message>
    <message>
        <source>Identification for financial services</source>
        <translation>Идентификация для получения финансовых услуг</translation>
    </message>
    <message>
        <source>Issuing a bank card</source>
        <translation>Выпуск банковской карты</translation>
    </message>
    <message>
        <source>Opening a bank account</source>
        <translation>Открытие банковского счёта</translation>
    </message>
    <message>
        <source>Opening a deposit</source>
        <translation>Открытие вклада</translation>
    </message>
    <message>
        <source>Opening a brokerage account</source>
        <translation>Открытие брокерского счёта</translation>
    </message>
    <message>
        <source>Non-state pension agreement</source>
        <translation>Договор негосударственного пенсионного обеспечения</translation>
    </message>
    <message>
        <source>Credit history report</source>
        <translation>Отчёт о кредитной истории</translation>
    </message>
    <message>
        <source>Deposit insurance payout</source>
        <translation>Выплата страхового возмещения по вкладам</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Insurance company</source>
        <translation>Страховая компания</translation>
    </message>
    <message>
        <source>Microfinance organisation</source>
        <translation>Микрофинансовая организация</translation>
    </message>
    <message>
        <source>Non-state pension fund</source>
        <translation>Негосударственный пенсионный фонд</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Брокер</translation>
    </message>
    <message>
        <source>Credit history bureau</source>
        <translation>Бюро кредитных историй</translation>
    </message>
    <message>
        <source>Deposit Insurance Agency</source>
        <translation>Агентство по страхованию вкладов</translation>
    </message>
    <message>
        <source>Receive and use the data</source>
        <translation>Получать и использовать данные</translation>
    </message>
    <message>
        <source>Pass the data on to the named processors</source>
        <translation>Передавать данные указанным в запросе лицам, которые обрабатывают их по поручению организации</translation>
    </message>
    <message>
        <source>One-time access</source>
        <translation>Разовый доступ</translation>
    </message>
    <message>
        <source>Periodic access</source>
        <translation>Периодический доступ</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>Ожидает вашего решения</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Согласие не дано</translation>
    </message>
    <message>
        <source>Expired without an answer</source>
        <translation>Срок ответа истёк</translation>
    </message>
    <message>
        <source>Withdrawn by the organisation</source>
        <translation>Запрос отозван организацией</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Revoked by you</source>
        <translation>Отозвано вами</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>Срок действия истёк</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>2-NDFL income certificate</source>
        <translation>Справка о доходах и суммах налога (2-НДФЛ)</translation>
    </message>
    <message>
        <source>Pension account statement</source>
        <translation>Выписка из индивидуального лицевого счёта (ИЛС)</translation>
    </message>
    <message>
        <source>Certificate of assigned pension</source>
        <translation>Справка о назначенной пенсии</translation>
    </message>
    <message>
        <source>Employment history extract (STD-R)</source>
        <translation>Выписка из электронной трудовой книжки (СТД-Р)</translation>
    </message>
    <message>
        <source>Real-estate extract from EGRN</source>
        <translation>Выписка из ЕГРН об объектах недвижимости</translation>
    </message>
    <message>
        <source>Maternity capital balance statement</source>
        <translation>Справка об остатке средств материнского капитала</translation>
    </message>
    <message>
        <source>Certificate of no tax arrears</source>
        <translation>Справка об отсутствии задолженности по налогам</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан ведомством</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Добавлен вами</translation>
    </message>
    <message>
        <source>Federal Tax Service</source>
        <translation>ФНС России</translation>
    </message>
    <message>
        <source>Social Fund of Russia</source>
        <translation>Соцфонд России</translation>
    </message>
    <message>
        <source>Rosreestr</source>
        <translation>Росреестр</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <source>personal INN</source>
        <translation>ИНН физического лица</translation>
    </message>
    <message>
        <source>organisation INN</source>
        <translation>ИНН организации</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>OGRNIP</source>
        <translation>ОГРНИП</translation>
    </message>
    <message>
        <source>health insurance policy number</source>
        <translation>номер полиса ОМС</translation>
    </message>
    <message>
        <source>passport series</source>
        <translation>серия паспорта</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>номер паспорта</translation>
    </message>
    <message>
        <source>department code</source>
        <translation>код подразделения</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>cadastral number</source>
        <translation>кадастровый номер</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>адрес электронной почты</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>Поле «%1» не заполнено.</translation>
    </message>
    <message>
        <source>The %1 has the wrong number of characters.</source>
        <translation>В поле «%1» неверное количество символов.</translation>
    </message>
    <message>
        <source>The %1 contains characters that do not belong in it.</source>
        <translation>Поле «%1» содержит недопустимые символы.</translation>
    </message>
    <message>
        <source>The %1 is not written in its usual form.</source>
        <translation>Поле «%1» заполнено в неверном формате.</translation>
    </message>
    <message>
        <source>The %1 is from a range that cannot be checked.</source>
        <translation>Значение в поле «%1» относится к диапазону, для которого проверка не предусмотрена.</translation>
    </message>
    <message>
        <source>The check digits of the %1 do not match, so the value is wrong.</source>
        <translation>Контрольные цифры в поле «%1» не сходятся: значение неверное.</translation>
    </message>
</context>
<context>
    <name>RecordCatalogue</name>
    <message>
        <source>Education</source>
        <translation>Документы об образовании</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Reached the age of 20</source>
        <translation>Достижение возраста 20 лет</translation>
    </message>
    <message>
        <source>Reached the age of 45</source>
        <translation>Достижение возраста 45 лет</translation>
    </message>
    <message>
        <source>Change of personal data</source>
        <translation>Изменение персональных данных</translation>
    </message>
    <message>
        <source>Error in the passport</source>
        <translation>Ошибка в паспорте</translation>
    </message>
    <message>
        <source>Unfit for use</source>
        <translation>Непригодность для использования</translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation>Утрата или хищение</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>В браке</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Брак расторгнут</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Приём на работу</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Перевод на другую работу</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Увольнение</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Нет регистрации</translation>
    </message>
    <message>
        <source>Self-employed (professional income tax)</source>
        <translation>Самозанятый (налог на профессиональный доход)</translation>
    </message>
    <message>
        <source>Individual entrepreneur</source>
        <translation>Индивидуальный предприниматель</translation>
    </message>
    <message>
        <source>Individual entrepreneur on professional income tax</source>
        <translation>Индивидуальный предприниматель, применяющий налог на профессиональный доход</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>На исполнении</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>Petition filed</source>
        <translation>Подано заявление о банкротстве</translation>
    </message>
    <message>
        <source>Debt restructuring</source>
        <translation>Реструктуризация долгов</translation>
    </message>
    <message>
        <source>Sale of property</source>
        <translation>Реализация имущества</translation>
    </message>
    <message>
        <source>Out-of-court bankruptcy</source>
        <translation>Внесудебное банкротство</translation>
    </message>
    <message>
        <source>Land plot</source>
        <translation>Земельный участок</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Здание</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Сооружение</translation>
    </message>
    <message>
        <source>Unfinished construction</source>
        <translation>Объект незавершённого строительства</translation>
    </message>
    <message>
        <source>Parking place</source>
        <translation>Машино-место</translation>
    </message>
    <message>
        <source>Single property complex</source>
        <translation>Единый недвижимый комплекс</translation>
    </message>
    <message>
        <source>Basic general education</source>
        <translation>Основное общее образование</translation>
    </message>
    <message>
        <source>Secondary general education</source>
        <translation>Среднее общее образование</translation>
    </message>
    <message>
        <source>Secondary vocational education</source>
        <translation>Среднее профессиональное образование</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>Высшее образование — бакалавриат</translation>
    </message>
    <message>
        <source>Specialist degree</source>
        <translation>Высшее образование — специалитет</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Высшее образование — магистратура</translation>
    </message>
    <message>
        <source>Postgraduate education</source>
        <translation>Высшее образование — подготовка кадров высшей квалификации</translation>
    </message>
    <message>
        <source>Additional professional education</source>
        <translation>Дополнительное профессиональное образование</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Состоит на воинском учёте</translation>
    </message>
    <message>
        <source>Removed from the register</source>
        <translation>Снят(а) с воинского учёта</translation>
    </message>
    <message>
        <source>Not subject to registration</source>
        <translation>Не подлежит воинскому учёту</translation>
    </message>
    <message>
        <source>A (fit)</source>
        <translation>А (годен к военной службе)</translation>
    </message>
    <message>
        <source>B (fit with minor restrictions)</source>
        <translation>Б (годен к военной службе с незначительными ограничениями)</translation>
    </message>
    <message>
        <source>V (limited fitness)</source>
        <translation>В (ограниченно годен к военной службе)</translation>
    </message>
    <message>
        <source>G (temporarily unfit)</source>
        <translation>Г (временно не годен к военной службе)</translation>
    </message>
    <message>
        <source>D (unfit)</source>
        <translation>Д (не годен к военной службе)</translation>
    </message>
    <message>
        <source>Group I</source>
        <translation>I группа</translation>
    </message>
    <message>
        <source>Group II</source>
        <translation>II группа</translation>
    </message>
    <message>
        <source>Group III</source>
        <translation>III группа</translation>
    </message>
    <message>
        <source>Disabled child</source>
        <translation>Ребёнок-инвалид</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Код подразделения</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Дата замены</translation>
    </message>
    <message>
        <source>Reason for replacement</source>
        <translation>Причина замены</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Срок действия до</translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Налоговый орган</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>Mobile phone verified</source>
        <translation>Мобильный телефон подтверждён</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>E-mail verified</source>
        <translation>Электронная почта подтверждена</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Полный адрес</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>GAR identifier</source>
        <translation>Идентификатор ГАР</translation>
    </message>
    <message>
        <source>Registered since</source>
        <translation>Дата регистрации по адресу</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Act record number</source>
        <translation>Номер актовой записи</translation>
    </message>
    <message>
        <source>Date of the record</source>
        <translation>Дата актовой записи</translation>
    </message>
    <message>
        <source>Spouse&apos;s name</source>
        <translation>ФИО супруга (супруги)</translation>
    </message>
    <message>
        <source>Registry office</source>
        <translation>Орган ЗАГС</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>ФИО ребёнка</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Employer&apos;s INN</source>
        <translation>ИНН работодателя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Tax agent</source>
        <translation>Налоговый агент</translation>
    </message>
    <message>
        <source>Tax agent&apos;s INN</source>
        <translation>ИНН налогового агента</translation>
    </message>
    <message>
        <source>Income by month and code</source>
        <translation>Доходы по месяцам и кодам</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Общая сумма дохода</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>Сумма удержанного налога</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <source>Sum of payments</source>
        <translation>Сумма выплат</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Страховые взносы</translation>
    </message>
    <message>
        <source>Pension points (IPK)</source>
        <translation>Пенсионные баллы (ИПК)</translation>
    </message>
    <message>
        <source>Insurance record, years</source>
        <translation>Страховой стаж, лет</translation>
    </message>
    <message>
        <source>Pension savings</source>
        <translation>Пенсионные накопления</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Amount per month</source>
        <translation>Сумма в месяц</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Remaining balance</source>
        <translation>Остаток средств</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>OGRNIP</source>
        <translation>ОГРНИП</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Налог</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Пени</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок уплаты</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Date opened</source>
        <translation>Дата возбуждения</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Взыскатель</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Кадастровый номер</translation>
    </message>
    <message>
        <source>Area, sq. m</source>
        <translation>Площадь, кв. м</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля в праве</translation>
    </message>
    <message>
        <source>Encumbrances</source>
        <translation>Обременения</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Марка и модель</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation>Государственный регистрационный знак</translation>
    </message>
    <message>
        <source>Year of manufacture</source>
        <translation>Год выпуска</translation>
    </message>
    <message>
        <source>Series and number</source>
        <translation>Серия и номер</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Resolution number</source>
        <translation>Номер постановления</translation>
    </message>
    <message>
        <source>Date of the resolution</source>
        <translation>Дата постановления</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Discount deadline</source>
        <translation>Оплата со скидкой до</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Номер полиса</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Страховая компания</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень образования</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Образовательная организация</translation>
    </message>
    <message>
        <source>Speciality</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Year of graduation</source>
        <translation>Год окончания</translation>
    </message>
    <message>
        <source>Fitness category</source>
        <translation>Категория годности</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>ESIA / Ministry of Internal Affairs</source>
        <translation>ЕСИА / МВД</translation>
    </message>
    <message>
        <source>Ministry of Internal Affairs</source>
        <translation>МВД</translation>
    </message>
    <message>
        <source>ESIA</source>
        <translation>ЕСИА</translation>
    </message>
    <message>
        <source>Social Fund of Russia (SFR)</source>
        <translation>Социальный фонд России (СФР)</translation>
    </message>
    <message>
        <source>Federal Tax Service (FNS)</source>
        <translation>Федеральная налоговая служба (ФНС)</translation>
    </message>
    <message>
        <source>Unified State Register of Civil Status Records (EGR ZAGS)</source>
        <translation>Единый государственный реестр записей актов гражданского состояния (ЕГР ЗАГС)</translation>
    </message>
    <message>
        <source>FSSP</source>
        <translation>ФССП</translation>
    </message>
    <message>
        <source>EFRSB</source>
        <translation>ЕФРСБ</translation>
    </message>
    <message>
        <source>Rosreestr (EGRN)</source>
        <translation>Росреестр (ЕГРН)</translation>
    </message>
    <message>
        <source>Traffic police (Gosavtoinspektsiya)</source>
        <translation>МВД (Госавтоинспекция)</translation>
    </message>
    <message>
        <source>GIS GMP</source>
        <translation>ГИС ГМП</translation>
    </message>
    <message>
        <source>FOMS</source>
        <translation>ФОМС</translation>
    </message>
    <message>
        <source>FRDO</source>
        <translation>ФРДО</translation>
    </message>
    <message>
        <source>Ministry of Defence</source>
        <translation>Минобороны</translation>
    </message>
    <message>
        <source>FGIS FRI</source>
        <translation>ФГИС ФРИ</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Основные сведения</translation>
    </message>
    <message>
        <source>Russian passport</source>
        <translation>Паспорт гражданина РФ</translation>
    </message>
    <message>
        <source>Earlier passports</source>
        <translation>Ранее выданные паспорта</translation>
    </message>
    <message>
        <source>International passport</source>
        <translation>Заграничный паспорт</translation>
    </message>
    <message>
        <source>SNILS (insurance number)</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <source>Taxpayer number (INN)</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <source>Temporary registration</source>
        <translation>Регистрация по месту пребывания</translation>
    </message>
    <message>
        <source>Marriage records</source>
        <translation>Сведения о браке</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Employment history</source>
        <translation>Трудовая деятельность (ЭТК)</translation>
    </message>
    <message>
        <source>Income and tax (2-NDFL)</source>
        <translation>Доходы (2-НДФЛ)</translation>
    </message>
    <message>
        <source>Payments with contributions</source>
        <translation>Выплаты и взносы</translation>
    </message>
    <message>
        <source>Pension account statement</source>
        <translation>Пенсионный счёт (ИЛС)</translation>
    </message>
    <message>
        <source>Pensions and benefits</source>
        <translation>Назначенные пенсии и выплаты</translation>
    </message>
    <message>
        <source>Maternity capital</source>
        <translation>Материнский капитал</translation>
    </message>
    <message>
        <source>Self-employment status</source>
        <translation>Статус самозанятого / ИП</translation>
    </message>
    <message>
        <source>Tax arrears</source>
        <translation>Налоговая задолженность</translation>
    </message>
    <message>
        <source>Enforcement proceedings</source>
        <translation>Исполнительные производства</translation>
    </message>
    <message>
        <source>Bankruptcy</source>
        <translation>Сведения о банкротстве</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Недвижимость</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Транспортные средства</translation>
    </message>
    <message>
        <source>Vehicle registration certificates</source>
        <translation>Свидетельства о регистрации ТС</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Водительское удостоверение</translation>
    </message>
    <message>
        <source>Traffic fines</source>
        <translation>Штрафы</translation>
    </message>
    <message>
        <source>Health insurance policy</source>
        <translation>Полис ОМС</translation>
    </message>
    <message>
        <source>Military registration</source>
        <translation>Воинский учёт</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <source>Birth certificate series</source>
        <translation>Серия свидетельства о рождении</translation>
    </message>
    <message>
        <source>Birth certificate number</source>
        <translation>Номер свидетельства о рождении</translation>
    </message>
    <message>
        <source>Capital certificate number</source>
        <translation>Номер сертификата</translation>
    </message>
</context>
<context>
    <name>RecordCategory</name>
    <message>
        <source>Identity</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation>Работа и доходы</translation>
    </message>
    <message>
        <source>Pension and benefits</source>
        <translation>Пенсии и выплаты</translation>
    </message>
    <message>
        <source>Taxes and debts</source>
        <translation>Налоги и задолженности</translation>
    </message>
    <message>
        <source>Property and vehicles</source>
        <translation>Имущество и транспорт</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Военная служба</translation>
    </message>
</context>
<context>
    <name>TrustLevel</name>
    <message>
        <source>Identification data verified</source>
        <translation>Идентификационная информация верифицирована</translation>
    </message>
    <message>
        <source>The data belongs to the person who presented it</source>
        <translation>Идентификационная информация соответствует получателю услуг, который её заявил</translation>
    </message>
    <message>
        <source>The data is unique in its digital environment</source>
        <translation>Идентификационная информация уникальна в контексте конкретной цифровой среды</translation>
    </message>
    <message>
        <source>The digital identity is determined by the presented identifier</source>
        <translation>Цифровая идентичность однозначно определяется соотнесённым с ней предъявленным идентификатором</translation>
    </message>
    <message>
        <source>The identifier is unambiguously linked to the person</source>
        <translation>Идентификатор имеет однозначную связь с получателем услуг</translation>
    </message>
    <message>
        <source>Information services for individuals</source>
        <translation>Предоставление информационных сервисов физическим лицам</translation>
    </message>
    <message>
        <source>Information services for legal entities</source>
        <translation>Предоставление информационных сервисов юридическим лицам</translation>
    </message>
    <message>
        <source>Financial operations of individuals within the provider&apos;s risk limits</source>
        <translation>Совершение финансовых операций физических лиц, операционный риск которых не превышает установленных поставщиком услуг показателей</translation>
    </message>
    <message>
        <source>High-risk financial operations of individuals</source>
        <translation>Совершение высокорисковых финансовых операций физических лиц</translation>
    </message>
    <message>
        <source>Financial operations of legal entities</source>
        <translation>Совершение финансовых операций юридических лиц</translation>
    </message>
    <message>
        <source>Some confidence</source>
        <translation>Некоторая уверенность</translation>
    </message>
    <message>
        <source>Moderate confidence</source>
        <translation>Умеренная уверенность</translation>
    </message>
    <message>
        <source>Substantial confidence</source>
        <translation>Значительная уверенность</translation>
    </message>
    <message>
        <source>Trust level 1 (low)</source>
        <translation>УДИ 1 (низкий)</translation>
    </message>
    <message>
        <source>Trust level 2 (medium)</source>
        <translation>УДИ 2 (средний)</translation>
    </message>
    <message>
        <source>Trust level 3 (high)</source>
        <translation>УДИ 3 (высокий)</translation>
    </message>
    <message>
        <source>Your identity has not been confirmed, and this request needs %1. Confirm your account at a service centre or through your bank, then try again.</source>
        <translation>Ваша личность не подтверждена, а для этого запроса требуется уровень доверия идентификации не ниже: %1. Подтвердите учётную запись в центре обслуживания или через свой банк и повторите попытку.</translation>
    </message>
    <message>
        <source>This request is for an operation that needs %1, but your identification has %2. It cannot be granted until your identification reaches the needed level.</source>
        <translation>Этот запрос связан с операцией, для которой требуется уровень доверия идентификации не ниже: %1, а у вашей идентификации — %2. Дать согласие можно будет, только когда ваша идентификация достигнет нужного уровня.</translation>
    </message>
</context>
<context>
    <name>cp::ui::ActivityModel</name>
    <message>
        <source>Records fetched</source>
        <translation>Сведения получены</translation>
    </message>
    <message>
        <source>Fetch refused</source>
        <translation>В получении отказано</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Сведения изменены</translation>
    </message>
    <message>
        <source>Document arrived</source>
        <translation>Получен документ</translation>
    </message>
    <message>
        <source>Order fulfilled</source>
        <translation>Заказ выполнен</translation>
    </message>
    <message>
        <source>Consent requested</source>
        <translation>Запрошено согласие</translation>
    </message>
    <message>
        <source>the consent was not active</source>
        <translation>согласие не действовало</translation>
    </message>
    <message>
        <source>the consent was revoked</source>
        <translation>согласие отозвано</translation>
    </message>
    <message>
        <source>the consent had expired</source>
        <translation>срок согласия истёк</translation>
    </message>
    <message>
        <source>the trust level did not suffice</source>
        <translation>недостаточен уровень доверия</translation>
    </message>
    <message>
        <source>the record was not granted</source>
        <translation>эти сведения не разрешены</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>отказано сервером</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отказано: %1</translation>
    </message>
    <message>
        <source>%1 changed (version %2)</source>
        <translation>%1: изменение (версия %2)</translation>
    </message>
    <message>
        <source>Document arrived: %1</source>
        <translation>Получен документ: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
</context>
<context>
    <name>cp::ui::ActivityView</name>
    <message>
        <source>Nothing has happened yet. Fetches of your records by organisations and changes in your archive will be listed here.</source>
        <translation>Пока ничего не произошло. Здесь будут показаны получения ваших сведений организациями и изменения в вашем архиве.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Ничего не найдено по фильтру.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Вид события</translation>
    </message>
    <message>
        <source>Filter the activity</source>
        <translation>Фильтр событий</translation>
    </message>
    <message>
        <source>Activity list</source>
        <translation>Список событий</translation>
    </message>
    <message>
        <source>Reading the activity log…</source>
        <translation>Чтение журнала активности…</translation>
    </message>
</context>
<context>
    <name>cp::ui::CaFileDialog</name>
    <message>
        <source>CA certificate of the server</source>
        <translation>Сертификат УЦ сервера</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>cp::ui::ConsentListModel</name>
    <message>
        <source>Revoked, waiting to send</source>
        <translation>Отозвано, ждёт отправки</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
</context>
<context>
    <name>cp::ui::ConsentReceipt</name>
    <message>
        <source>Consent receipt</source>
        <translation>Квитанция о согласии</translation>
    </message>
    <message>
        <source>Issued by Citizen Profile on %1 from the citizen&apos;s own archive.</source>
        <translation>Выдана приложением «Профиль гражданина» %1 из собственного архива гражданина.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Decided at:</source>
        <translation>Время решения:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Кто принял решение:</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>гражданин</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Полное наименование:</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Краткое наименование:</translation>
    </message>
    <message>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <source>OGRN:</source>
        <translation>ОГРН:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>Registered participant:</source>
        <translation>Зарегистрированный участник:</translation>
    </message>
    <message>
        <source>yes, confirmed by the server</source>
        <translation>да, подтверждено сервером</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Номер запроса:</translation>
    </message>
    <message>
        <source>Requested at:</source>
        <translation>Время запроса:</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Ответить до:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Processors:</source>
        <translation>Обработчики:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Действия:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Операция:</translation>
    </message>
    <message>
        <source>Required level:</source>
        <translation>Требуемый уровень:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Доступ:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по желанию</translation>
    </message>
    <message>
        <source>Requested data:</source>
        <translation>Запрошенные данные:</translation>
    </message>
    <message>
        <source>Organisation&apos;s signature:</source>
        <translation>Подпись организации:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Consent id:</source>
        <translation>Номер согласия:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Granted at:</source>
        <translation>Время выдачи:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Действует:</translation>
    </message>
    <message>
        <source>Data granted:</source>
        <translation>Переданные данные:</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>A consent can be revoked at any time in Citizen Profile under Consents, Active. After revocation or expiry the organisation can fetch nothing.</source>
        <translation>Согласие можно отозвать в любой момент в приложении «Профиль гражданина» в разделе «Согласия», вкладка «Действующие». После отзыва или окончания срока организация ничего получить не сможет.</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1: %2</source>
        <translation>Не удалось сохранить квитанцию в %1: %2</translation>
    </message>
</context>
<context>
    <name>cp::ui::ConsentRequestDialog</name>
    <message>
        <source>Consent request from %1</source>
        <translation>Запрос согласия от %1</translation>
    </message>
    <message>
        <source>%1 asks for your consent to receive data from your profile. Read everything below before you decide: nothing leaves your profile unless you grant it.</source>
        <translation>%1 просит вашего согласия на получение данных из вашего профиля. Прочитайте всё, что ниже, прежде чем решать: без вашего согласия из профиля ничего не уйдёт.</translation>
    </message>
    <message>
        <source>Details of the request</source>
        <translation>Подробности запроса</translation>
    </message>
    <message>
        <source>I understand that this is a high-risk financial operation and that the organisation will receive the data listed above</source>
        <translation>Я понимаю, что это финансовая операция повышенного риска и что организация получит перечисленные выше данные</translation>
    </message>
    <message>
        <source>Confirm the high-risk operation</source>
        <translation>Подтвердить операцию повышенного риска</translation>
    </message>
    <message>
        <source>Why you cannot grant this request</source>
        <translation>Почему нельзя дать согласие на этот запрос</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close without deciding</source>
        <translation>Закрыть, не принимая решения</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Отказать</translation>
    </message>
    <message>
        <source>Deny the request</source>
        <translation>Отказать в запросе</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Дать согласие</translation>
    </message>
    <message>
        <source>Grant consent</source>
        <translation>Дать согласие</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Кто запрашивает</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Полное наименование:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Краткое наименование:</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>OGRN:</source>
        <translation>ОГРН:</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Verified participant of the Digital Profile</source>
        <translation>Проверенный участник Цифрового профиля</translation>
    </message>
    <message>
        <source>Verified participant</source>
        <translation>Проверенный участник</translation>
    </message>
    <message>
        <source>The server does not confirm this organisation as a registered participant</source>
        <translation>Сервер не подтверждает, что эта организация — зарегистрированный участник</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Не проверена</translation>
    </message>
    <message>
        <source>Who will process the data on its behalf</source>
        <translation>Кто будет обрабатывать данные по её поручению</translation>
    </message>
    <message>
        <source>Processor:</source>
        <translation>Обработчик:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Обработчик</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Зачем</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Purpose code:</source>
        <translation>Код цели:</translation>
    </message>
    <message>
        <source>Purpose code</source>
        <translation>Код цели</translation>
    </message>
    <message>
        <source>It will:</source>
        <translation>Она будет:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>What data would leave your profile</source>
        <translation>Какие данные уйдут из вашего профиля</translation>
    </message>
    <message>
        <source>Required data is part of the request. You may untick optional data you do not want to give.</source>
        <translation>Обязательные данные входят в запрос. С необязательных данных, которые вы не хотите передавать, можно снять отметку.</translation>
    </message>
    <message>
        <source>Give %1</source>
        <translation>Передать: %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по желанию</translation>
    </message>
    <message>
        <source>Required or optional</source>
        <translation>Обязательно или по желанию</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Monthly lines of income: %1</source>
        <translation>Строк помесячного дохода: %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Показать: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Скрыть: %1</translation>
    </message>
    <message>
        <source>Your profile holds no such record yet: nothing of this kind would leave now.</source>
        <translation>В вашем профиле пока нет таких сведений: сейчас ничего такого не уйдёт.</translation>
    </message>
    <message>
        <source>No values</source>
        <translation>Нет значений</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>На какой срок</translation>
    </message>
    <message>
        <source>Once: the organisation may fetch the data one time</source>
        <translation>Однократно: организация может получить данные один раз</translation>
    </message>
    <message>
        <source>Periodically: the organisation may fetch the data again while the consent lasts</source>
        <translation>Периодически: организация может получать данные снова, пока действует согласие</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Доступ:</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Запрошено:</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Ответить до:</translation>
    </message>
    <message>
        <source>%1; without an answer the request expires</source>
        <translation>%1; без ответа запрос истечёт</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>Revoking:</source>
        <translation>Отзыв:</translation>
    </message>
    <message>
        <source>You can revoke the consent at any time under Consents, Active; after that the organisation can fetch nothing more.</source>
        <translation>Согласие можно отозвать в любой момент в разделе «Согласия», вкладка «Действующие»; после этого организация больше ничего не получит.</translation>
    </message>
    <message>
        <source>How to revoke</source>
        <translation>Как отозвать</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <source>The organisation signed this request; the signature is kept as evidence.</source>
        <translation>Организация подписала этот запрос; подпись хранится как доказательство.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>The operation and your identification level</source>
        <translation>Операция и ваш уровень идентификации</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Операция:</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>It needs:</source>
        <translation>Требуется:</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>не ниже %1</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Требуемый уровень</translation>
    </message>
    <message>
        <source>Your level:</source>
        <translation>Ваш уровень:</translation>
    </message>
    <message>
        <source>not identified</source>
        <translation>не идентифицирован</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Ваш уровень</translation>
    </message>
    <message>
        <source>Your identification level is enough for this operation.</source>
        <translation>Вашего уровня идентификации достаточно для этой операции.</translation>
    </message>
    <message>
        <source>Whether your level suffices</source>
        <translation>Достаточно ли вашего уровня</translation>
    </message>
    <message>
        <source>Tick the confirmation above first</source>
        <translation>Сначала отметьте подтверждение выше</translation>
    </message>
    <message>
        <source>%1 will be able to carry out a high-risk financial operation (%2) with your data. Grant the consent?</source>
        <translation>%1 сможет провести с вашими данными финансовую операцию повышенного риска (%2). Дать согласие?</translation>
    </message>
    <message>
        <source>Confirm a high-risk operation</source>
        <translation>Подтвердите операцию повышенного риска</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Дать согласие</translation>
    </message>
    <message>
        <source>Data that would leave your profile</source>
        <translation>Данные, которые уйдут из вашего профиля</translation>
    </message>
</context>
<context>
    <name>cp::ui::ConsentRequestListModel</name>
    <message>
        <source>Granted, waiting to send</source>
        <translation>Согласие дано, ждёт отправки</translation>
    </message>
    <message>
        <source>Denied, waiting to send</source>
        <translation>Отказано, ждёт отправки</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>Ждёт вашего решения</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>cp::ui::ConsentsView</name>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>&amp;Ожидают решения</translation>
    </message>
    <message>
        <source>You have no active consents: no organisation may fetch your data now.</source>
        <translation>У вас нет действующих согласий: сейчас ни одна организация не может получать ваши данные.</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Действующие</translation>
    </message>
    <message>
        <source>Nothing has ended yet: revoked and expired consents and answered requests will appear here.</source>
        <translation>Пока ничего не завершилось: здесь появятся отозванные и истёкшие согласия и запросы, на которые дан ответ.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Decisions waiting to send</source>
        <translation>Решения, ждущие отправки</translation>
    </message>
    <message>
        <source>Active consents</source>
        <translation>Действующие согласия</translation>
    </message>
    <message>
        <source>History of consents and requests</source>
        <translation>История согласий и запросов</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Revoke the selected consent</source>
        <translation>Отозвать выбранное согласие</translation>
    </message>
    <message>
        <source>&amp;Export receipt…</source>
        <translation>&amp;Сохранить квитанцию…</translation>
    </message>
    <message>
        <source>Export the receipt of the selected consent</source>
        <translation>Сохранить квитанцию выбранного согласия</translation>
    </message>
    <message>
        <source>E&amp;xport receipt…</source>
        <translation>Со&amp;хранить квитанцию…</translation>
    </message>
    <message>
        <source>Export the receipt of the selected entry</source>
        <translation>Сохранить квитанцию выбранной записи</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Столбцы: выберите столбец для сортировки</translation>
    </message>
    <message>
        <source>No requests wait for your decision. When an organisation asks for your data, the request appears here.</source>
        <translation>Нет запросов, ждущих вашего решения. Когда организация запросит ваши данные, запрос появится здесь.</translation>
    </message>
    <message>
        <source>Pending consent requests</source>
        <translation>Запросы согласия, ждущие решения</translation>
    </message>
    <message>
        <source>&amp;Open request…</source>
        <translation>&amp;Открыть запрос…</translation>
    </message>
    <message>
        <source>Open the selected request to decide</source>
        <translation>Открыть выбранный запрос, чтобы принять решение</translation>
    </message>
    <message>
        <source>Decisions waiting to send: %1. They are sent as soon as the server can be reached.</source>
        <translation>Решений, ждущих отправки: %1. Они будут отправлены, как только сервер станет доступен.</translation>
    </message>
    <message>
        <source>%1 will no longer be able to fetch your data under this consent (%2). This cannot be undone: to give the data again, the organisation has to ask anew. Revoke it?</source>
        <translation>%1 больше не сможет получать ваши данные по этому согласию (%2). Отменить это нельзя: чтобы снова получить данные, организации придётся запросить их заново. Отозвать согласие?</translation>
    </message>
    <message>
        <source>Revoke the consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>The archive is locked.</source>
        <translation>Архив заблокирован.</translation>
    </message>
    <message>
        <source>There is no consent or request %1 in the archive.</source>
        <translation>В архиве нет согласия или запроса %1.</translation>
    </message>
    <message>
        <source>Export the receipt</source>
        <translation>Сохранение квитанции</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Файл JSON (*.json)</translation>
    </message>
    <message>
        <source>Your decision was not saved</source>
        <translation>Ваше решение не сохранено</translation>
    </message>
    <message>
        <source>Your decision could not be saved on this computer, so it was not sent. The disk may be full. Free some space and decide again.</source>
        <translation>Ваше решение не удалось сохранить на этом компьютере, поэтому оно не отправлено. Возможно, диск заполнен. Освободите место и примите решение ещё раз.</translation>
    </message>
</context>
<context>
    <name>cp::ui::DocumentListModel</name>
    <message>
        <source>Valid</source>
        <translation>Действительна</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недействительна</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Неизвестный издатель</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверена</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Без подписи</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Доступен офлайн</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Скачивание</translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation>Недоступен офлайн</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No period</source>
        <translation>Без периода</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
</context>
<context>
    <name>cp::ui::DocumentOrderService</name>
    <message>
        <source>The issuing body could not prepare the document.</source>
        <translation>Ведомство не смогло подготовить документ.</translation>
    </message>
    <message>
        <source>The file was added. It appears in the list after the next sync.</source>
        <translation>Файл добавлен. Он появится в списке после следующей синхронизации.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the connection and try again.</source>
        <translation>Не удалось связаться с сервером. Проверьте подключение и попробуйте снова.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent.</source>
        <translation>Сертификат сервера не вызывает доверия, поэтому ничего не отправлено.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in and try again.</source>
        <translation>Вы не вошли в систему. Войдите и попробуйте снова.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MiB.</source>
        <translation>Файл больше 20 МиБ.</translation>
    </message>
    <message>
        <source>The server did not accept this request. Only PDF, PNG and JPEG files can be added, and a year is needed for a 2-NDFL certificate.</source>
        <translation>Сервер не принял запрос. Добавлять можно только файлы PDF, PNG и JPEG, а для справки 2-НДФЛ нужно указать год.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a few minutes.</source>
        <translation>Сервер перегружен. Попробуйте через несколько минут.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Сервер отклонил запрос (ошибка %1).</translation>
    </message>
    <message>
        <source>The request failed. Try again later.</source>
        <translation>Запрос не выполнен. Попробуйте позже.</translation>
    </message>
</context>
<context>
    <name>cp::ui::DocumentViewer</name>
    <message>
        <source>Document viewer</source>
        <translation>Просмотр документа</translation>
    </message>
    <message>
        <source>Viewer status</source>
        <translation>Состояние просмотра</translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation>Документ открывается</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Fields of the XML document</source>
        <translation>Поля документа XML</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Image document</source>
        <translation>Документ-изображение</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>Не удалось прочитать PDF.</translation>
    </message>
    <message>
        <source>Choose a document in the list and press Enter to open it.</source>
        <translation>Выберите документ в списке и нажмите Enter, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The archive is locked. Unlock it to open documents.</source>
        <translation>Архив заблокирован. Разблокируйте его, чтобы открывать документы.</translation>
    </message>
    <message>
        <source>Downloading the document from the server…</source>
        <translation>Документ загружается с сервера…</translation>
    </message>
    <message>
        <source>The document could not be downloaded. Check the connection and try again.</source>
        <translation>Не удалось загрузить документ. Проверьте подключение и попробуйте снова.</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Документ открывается…</translation>
    </message>
    <message>
        <source>The document could not be opened: its stored file is damaged or incomplete. Turn &quot;Keep offline&quot; off and on to download it again.</source>
        <translation>Не удалось открыть документ: сохранённый файл повреждён или неполон. Выключите и снова включите «Хранить офлайн», чтобы загрузить его заново.</translation>
    </message>
    <message>
        <source>The document could not be opened.</source>
        <translation>Не удалось открыть документ.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пикселей</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. Export a copy to open it with another program.</source>
        <translation>Файл такого вида здесь показать нельзя. Экспортируйте копию, чтобы открыть её другой программой.</translation>
    </message>
    <message>
        <source>Signature of the document</source>
        <translation>Подпись документа</translation>
    </message>
</context>
<context>
    <name>cp::ui::DocumentsView</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>O&amp;rder a document…</source>
        <translation>&amp;Заказать документ…</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <source>&amp;Keep offline</source>
        <translation>&amp;Хранить офлайн</translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>&amp;Экспортировать копию…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>Ваши заказы</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>&amp;Search documents:</source>
        <translation>По&amp;иск документов:</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Поиск документов</translation>
    </message>
    <message>
        <source>Ki&amp;nd:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Kind of document to show</source>
        <translation>Вид показываемых документов</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Documents of the archive</source>
        <translation>Документы архива</translation>
    </message>
    <message>
        <source>Open the chosen document</source>
        <translation>Открыть выбранный документ</translation>
    </message>
    <message>
        <source>Order a document</source>
        <translation>Заказать документ</translation>
    </message>
    <message>
        <source>Add a file of your own</source>
        <translation>Добавить свой файл</translation>
    </message>
    <message>
        <source>Keep the chosen document offline</source>
        <translation>Хранить выбранный документ офлайн</translation>
    </message>
    <message>
        <source>When off, the file is removed from this computer to free space; it is downloaded again when you open it.</source>
        <translation>Если выключено, файл удаляется с этого компьютера, чтобы освободить место; при открытии он загрузится снова.</translation>
    </message>
    <message>
        <source>Export a decrypted copy</source>
        <translation>Экспортировать расшифрованную копию</translation>
    </message>
    <message>
        <source>Print the open document</source>
        <translation>Напечатать открытый документ</translation>
    </message>
    <message>
        <source>Your orders and their state</source>
        <translation>Ваши заказы и их состояние</translation>
    </message>
    <message>
        <source>Documents status</source>
        <translation>Состояние документов</translation>
    </message>
    <message>
        <source>The archive is locked. Unlock it to see your documents.</source>
        <translation>Архив заблокирован. Разблокируйте его, чтобы увидеть документы.</translation>
    </message>
    <message>
        <source>There are no documents yet. Documents arrive with the next sync; you can also order one or add a file of your own.</source>
        <translation>Документов пока нет. Они поступят со следующей синхронизацией; также можно заказать документ или добавить свой файл.</translation>
    </message>
    <message>
        <source>No document matches the search.</source>
        <translation>Ни один документ не подходит под условия поиска.</translation>
    </message>
    <message>
        <source>This document is not stored on this computer. Press Open to download and show it.</source>
        <translation>Этот документ не хранится на этом компьютере. Нажмите «Открыть», чтобы загрузить и показать его.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 за %2 год</translation>
    </message>
    <message>
        <source>sending the order</source>
        <translation>заказ отправляется</translation>
    </message>
    <message>
        <source>pending: the issuing body is preparing it</source>
        <translation>ожидается: ведомство готовит документ</translation>
    </message>
    <message>
        <source>fulfilled: it is in your archive</source>
        <translation>выполнен: документ в вашем архиве</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>не выполнен: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The file was removed from this computer. It is downloaded again when you open it.</source>
        <translation>Файл удалён с этого компьютера. При открытии он загрузится снова.</translation>
    </message>
    <message>
        <source>The document is kept offline.</source>
        <translation>Документ хранится офлайн.</translation>
    </message>
    <message>
        <source>Downloading the document to keep it offline…</source>
        <translation>Документ загружается для хранения офлайн…</translation>
    </message>
    <message>
        <source>The document could not be downloaded. Check the connection and try again.</source>
        <translation>Не удалось загрузить документ. Проверьте подключение и попробуйте снова.</translation>
    </message>
    <message>
        <source>The copy is not encrypted and leaves the protected archive: anyone who can read the folder you choose can read the document. Export it anyway?</source>
        <translation>Копия не зашифрована и покидает защищённый архив: любой, кто может читать выбранную папку, сможет прочитать документ. Всё равно экспортировать?</translation>
    </message>
    <message>
        <source>Only a document stored on this computer can be exported. Turn on &quot;Keep offline&quot; first.</source>
        <translation>Экспортировать можно только документ, хранящийся на этом компьютере. Сначала включите «Хранить офлайн».</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>The decrypted copy was saved. Keep it safe or delete it when you no longer need it.</source>
        <translation>Расшифрованная копия сохранена. Храните её бережно или удалите, когда она станет не нужна.</translation>
    </message>
    <message>
        <source>The copy could not be saved. Choose another folder.</source>
        <translation>Не удалось сохранить копию. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Open a PDF or an image to print it.</source>
        <translation>Откройте PDF или изображение, чтобы напечатать его.</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Печать документа</translation>
    </message>
    <message>
        <source>The document was sent to the printer.</source>
        <translation>Документ отправлен на печать.</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>Не удалось напечатать документ.</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF и изображения (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file is larger than 20 MiB.</source>
        <translation>Файл больше 20 МиБ.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <source>Only PDF, PNG and JPEG files can be added.</source>
        <translation>Добавить можно только файлы PDF, PNG и JPEG.</translation>
    </message>
    <message>
        <source>My file</source>
        <translation>Мой файл</translation>
    </message>
    <message>
        <source>Sending the file…</source>
        <translation>Файл отправляется…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>Закрыть документ</translation>
    </message>
    <message>
        <source>Close the document (%1)</source>
        <translation>Закрыть документ (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading your documents…</source>
        <translation>Чтение ваших документов…</translation>
    </message>
</context>
<context>
    <name>cp::ui::ErrorText</name>
    <message>
        <source>The server address must start with https://. An unencrypted connection is never used.</source>
        <translation>Адрес сервера должен начинаться с https://. Незашифрованное соединение не используется никогда.</translation>
    </message>
    <message>
        <source>The server settings cannot be used. Check the address and the CA file.</source>
        <translation>Настройки сервера не подходят. Проверьте адрес и файл сертификата УЦ.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Check that the CA file belongs to this server.</source>
        <translation>Сертификату сервера нет доверия. Проверьте, что файл сертификата УЦ относится к этому серверу.</translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one pinned in the settings. Do not continue unless the server&apos;s operator has announced a new key.</source>
        <translation>Ключ сервера не совпадает с закреплённым в настройках. Не продолжайте, если оператор сервера не объявлял о новом ключе.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the connection.</source>
        <translation>Сервер недоступен. Проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Сервер не ответил вовремя. Попробуйте позже.</translation>
    </message>
    <message>
        <source>The sign-in has ended. Sign in again.</source>
        <translation>Срок входа истёк. Войдите снова.</translation>
    </message>
    <message>
        <source>The server has a problem at the moment. Try again later.</source>
        <translation>На сервере сейчас неполадки. Попробуйте позже.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Сервер отклонил запрос (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Не удалось прочитать ответ сервера.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <source>The archive could not be written. The disk may be full.</source>
        <translation>Не удалось записать архив. Возможно, диск заполнен.</translation>
    </message>
</context>
<context>
    <name>cp::ui::FieldFormatter</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1, code %2: %3</source>
        <translation>%1, код %2: %3</translation>
    </message>
</context>
<context>
    <name>cp::ui::FirstRunDialog</name>
    <message>
        <source>The CA file cannot be read.</source>
        <translation>Не удаётся прочитать файл сертификата УЦ.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Проверка сервера…</translation>
    </message>
    <message>
        <source>Creating the encrypted archive on this computer…</source>
        <translation>Создание зашифрованного архива на этом компьютере…</translation>
    </message>
    <message>
        <source>The keychain of the system did not answer. Choose a passphrase for the archive.</source>
        <translation>Системное хранилище ключей не ответило. Задайте парольную фразу для архива.</translation>
    </message>
    <message>
        <source>The archive was not created. It is needed to keep the profile on this computer.</source>
        <translation>Архив не создан. Он нужен, чтобы хранить профиль на этом компьютере.</translation>
    </message>
    <message>
        <source>The archive could not be created on this computer.</source>
        <translation>Не удалось создать архив на этом компьютере.</translation>
    </message>
    <message>
        <source>Waiting for the browser. Sign in there, then come back here. If no browser window appeared, open this address:</source>
        <translation>Ожидание браузера. Войдите там и вернитесь сюда. Если окно браузера не появилось, откройте этот адрес:</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this address into a browser to sign in:</source>
        <translation>Не удалось открыть браузер. Чтобы войти, скопируйте этот адрес в браузер:</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser.</source>
        <translation>Вход отклонён в браузере.</translation>
    </message>
    <message>
        <source>Welcome to Citizen Profile</source>
        <translation>Добро пожаловать в «Профиль гражданина»</translation>
    </message>
    <message>
        <source>Choose the server</source>
        <translation>Выбор сервера</translation>
    </message>
    <message>
        <source>Your profile is kept by a profile server. Enter its address and, if its operator gave you one, the CA certificate to trust.</source>
        <translation>Ваш профиль хранится на сервере профилей. Укажите его адрес и, если оператор выдал его, сертификат УЦ, которому нужно доверять.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;Файл УЦ:</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>Сертификаты системы</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Файл сертификата УЦ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Выбрать файл сертификата УЦ</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Your encrypted archive</source>
        <translation>Ваш зашифрованный архив</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>You sign in on the server&apos;s page in your browser. This app never sees your password.</source>
        <translation>Вход выполняется на странице сервера в вашем браузере. Это приложение никогда не видит ваш пароль.</translation>
    </message>
    <message>
        <source>&amp;Sign in in the browser</source>
        <translation>&amp;Войти через браузер</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>Войти через браузер</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Адрес для входа</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Копировать адрес для входа</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>&amp;Отменить вход</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Отменить вход</translation>
    </message>
</context>
<context>
    <name>cp::ui::MainWindow</name>
    <message>
        <source>The settings could not be read; the defaults are used.</source>
        <translation>Не удалось прочитать настройки; используются значения по умолчанию.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выход выполнен</translation>
    </message>
    <message>
        <source>Citizen Profile</source>
        <translation>Профиль гражданина</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Search records, fields and documents</source>
        <translation>Поиск по сведениям, полям и документам</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Sync with the server (%1)</source>
        <translation>Синхронизировать с сервером (%1)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Lock the archive (%1)</source>
        <translation>Заблокировать архив (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Citizen Profile is not set up on this computer yet.</source>
        <translation>«Профиль гражданина» ещё не настроен на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Настроить</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Offline: showing the archive on this computer</source>
        <translation>Нет связи: показан архив на этом компьютере</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
    <message>
        <source>&amp;Show the window</source>
        <translation>&amp;Показать окно</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Consents (%1)</source>
        <translation>Согласия (%1)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Pending requests: %1</source>
        <translation>Ожидающих запросов: %1</translation>
    </message>
    <message>
        <source>Not signed in: the archive on this computer is shown.</source>
        <translation>Вход не выполнен: показан архив на этом компьютере.</translation>
    </message>
    <message>
        <source>The keychain of your session did not give the key of the archive. Unlock the keychain, then try again.</source>
        <translation>Хранилище ключей вашего сеанса не выдало ключ архива. Разблокируйте хранилище ключей и повторите попытку.</translation>
    </message>
    <message>
        <source>The archive could not be opened.</source>
        <translation>Не удалось открыть архив.</translation>
    </message>
    <message>
        <source>The archive was damaged and has been set aside; a full sync rebuilds it.</source>
        <translation>Архив был повреждён и отложен в сторону; полная синхронизация восстановит его.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Showing the archive on this computer.</source>
        <translation>Сервер недоступен. Показан архив на этом компьютере.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>New consent request</source>
        <translation>Новый запрос согласия</translation>
    </message>
    <message>
        <source>%1 asks for your consent.</source>
        <translation>%1 запрашивает ваше согласие.</translation>
    </message>
    <message>
        <source>A record has changed</source>
        <translation>Сведения изменились</translation>
    </message>
    <message>
        <source>%1 was updated by its register.</source>
        <translation>%1: сведения обновлены реестром-источником.</translation>
    </message>
    <message>
        <source>Ordered document arrived</source>
        <translation>Заказанный документ получен</translation>
    </message>
    <message>
        <source>A document you ordered is in your archive.</source>
        <translation>Заказанный вами документ помещён в архив.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Данные актуальны</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>The last sync failed</source>
        <translation>Последняя синхронизация не удалась</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Синхронизация отменена</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
        <source>All local data has been deleted.</source>
        <translation>Все локальные данные удалены.</translation>
    </message>
    <message>
        <source>Some local files could not be deleted.</source>
        <translation>Некоторые локальные файлы удалить не удалось.</translation>
    </message>
</context>
<context>
    <name>cp::ui::MissingPartPage</name>
    <message>
        <source>This part of the app is not built.</source>
        <translation>Эта часть приложения не собрана.</translation>
    </message>
</context>
<context>
    <name>cp::ui::OrderDocumentDialog</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Order a document</source>
        <translation>Заказать документ</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Year of the certificate</source>
        <translation>Год справки</translation>
    </message>
    <message>
        <source>The issuing body prepares the document; it appears in your archive with the next sync after that, usually within minutes.</source>
        <translation>Ведомство подготовит документ; после этого он появится в вашем архиве со следующей синхронизацией, обычно в течение нескольких минут.</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заказать</translation>
    </message>
    <message>
        <source>Order the document</source>
        <translation>Заказать документ</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
</context>
<context>
    <name>cp::ui::PassphraseDialog</name>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Используйте не менее %1 символов; несколько не связанных между собой слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Введённые фразы не совпадают.</translation>
    </message>
    <message>
        <source>Fair. A longer passphrase would be stronger.</source>
        <translation>Приемлемо. Более длинная фраза была бы надёжнее.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Хорошо.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжно.</translation>
    </message>
    <message>
        <source>Passphrase of the archive</source>
        <translation>Парольная фраза архива</translation>
    </message>
    <message>
        <source>No keychain of the system answered, so the archive is protected by a passphrase. Nobody can recover it: if it is lost, the archive can only be downloaded again from the server.</source>
        <translation>Системное хранилище ключей не ответило, поэтому архив защищается парольной фразой. Восстановить её невозможно: если она утеряна, архив можно только заново загрузить с сервера.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
</context>
<context>
    <name>cp::ui::ProfileView</name>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Records of the profile</source>
        <translation>Сведения профиля</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>Отсчёт до очистки буфера обмена</translation>
    </message>
    <message>
        <source>Clear clipboard now</source>
        <translation>Очистить буфер обмена сейчас</translation>
    </message>
    <message>
        <source>The profile is locked. Unlock it to see your records.</source>
        <translation>Профиль заблокирован. Разблокируйте его, чтобы увидеть свои сведения.</translation>
    </message>
    <message>
        <source>No records yet: they arrive with the first sync.</source>
        <translation>Сведений пока нет: они появятся после первой синхронизации.</translation>
    </message>
    <message>
        <source>No record or field matches “%1”.</source>
        <translation>Ни одна запись и ни одно поле не соответствуют запросу «%1».</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 s.</source>
        <translation>Скопировано. Буфер обмена будет очищен через %1 с.</translation>
    </message>
</context>
<context>
    <name>cp::ui::RecordCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>The register has sent nothing for this record yet.</source>
        <translation>Реестр пока не передал сведений по этой записи.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Запись %1</translation>
    </message>
    <message>
        <source>Verified by the register</source>
        <translation>Подтверждено реестром</translation>
    </message>
    <message>
        <source>Entered by the citizen, not verified by the register</source>
        <translation>Внесено гражданином, реестром не подтверждено</translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation>%1 · обновлено %2</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>Проверка не пройдена: %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>History of %1, entry %2</source>
        <translation>История: %1, запись %2</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
</context>
<context>
    <name>cp::ui::RecordHistoryDialog</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>Every version the register sent. Choose a version to compare it with the one before.</source>
        <translation>Все версии, которые передал реестр. Выберите версию, чтобы сравнить её с предыдущей.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Версия %1, %2</translation>
    </message>
    <message>
        <source>Fields of the version</source>
        <translation>Поля версии</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Show hidden values</source>
        <translation>Показать скрытые значения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1, изменено</translation>
    </message>
    <message>
        <source>The first version the register sent.</source>
        <translation>Первая версия, переданная реестром.</translation>
    </message>
    <message>
        <source>No field changed in this version.</source>
        <translation>В этой версии ни одно поле не изменилось.</translation>
    </message>
    <message>
        <source>Changed fields: %1</source>
        <translation>Изменённые поля: %1</translation>
    </message>
</context>
<context>
    <name>cp::ui::SensitiveValue</name>
    <message>
        <source>Show %1</source>
        <translation>Показать: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копировать: %1</translation>
    </message>
    <message>
        <source>Copies the value; the clipboard is cleared after a while</source>
        <translation>Копирует значение; буфер обмена будет очищен через некоторое время</translation>
    </message>
    <message>
        <source>%1, hidden</source>
        <translation>%1, скрыто</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Скрыть: %1</translation>
    </message>
</context>
<context>
    <name>cp::ui::SettingsView</name>
    <message>
        <source>The pin is the SHA-256 of the server&apos;s public key: 64 hexadecimal digits, or empty.</source>
        <translation>Закрепление — это SHA-256 открытого ключа сервера: 64 шестнадцатеричные цифры или пусто.</translation>
    </message>
    <message>
        <source>The CA file cannot be read.</source>
        <translation>Не удаётся прочитать файл сертификата УЦ.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Delete all local data</source>
        <translation>Удалить все локальные данные</translation>
    </message>
    <message>
        <source>Delete the archive, the downloaded documents, the keys and the settings from this computer? Your profile on the server stays; decisions not yet sent are lost.</source>
        <translation>Удалить с этого компьютера архив, загруженные документы, ключи и настройки? Ваш профиль на сервере сохранится; ещё не отправленные решения будут потеряны.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Удалить всё</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Key &amp;pin (SHA-256):</source>
        <translation>&amp;Закрепление ключа (SHA-256):</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Протокол:</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>&amp;Синхронизировать каждые:</translation>
    </message>
    <message>
        <source>&amp;Offline documents up to:</source>
        <translation>&amp;Документы офлайн до:</translation>
    </message>
    <message>
        <source>Loc&amp;k after idle:</source>
        <translation>&amp;Блокировать после простоя:</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>Очищать буфер обмена &amp;через:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;Файл УЦ:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Файл сертификата УЦ</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>Сертификаты системы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Выбрать файл сертификата УЦ</translation>
    </message>
    <message>
        <source>Key pin</source>
        <translation>Закрепление ключа</translation>
    </message>
    <message>
        <source>No pin</source>
        <translation>Без закрепления</translation>
    </message>
    <message>
        <source>Use &amp;HTTP/2</source>
        <translation>Использовать &amp;HTTP/2</translation>
    </message>
    <message>
        <source>Use HTTP/2</source>
        <translation>Использовать HTTP/2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>Только по запросу</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Интервал синхронизации в минутах</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>Nothing offline</source>
        <translation>Ничего офлайн</translation>
    </message>
    <message>
        <source>Offline size cap in MiB</source>
        <translation>Предельный объём офлайн-документов в МиБ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Auto-lock after minutes idle</source>
        <translation>Автоблокировка после минут простоя</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Clipboard clearing in seconds</source>
        <translation>Очистка буфера обмена в секундах</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>Сохранить &amp;настройки</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Account and data</source>
        <translation>Учётная запись и данные</translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>&amp;Delete all local data…</source>
        <translation>&amp;Удалить все локальные данные…</translation>
    </message>
</context>
<context>
    <name>cp::ui::SignaturePanel</name>
    <message>
        <source>Signature of the document</source>
        <translation>Подпись документа</translation>
    </message>
    <message>
        <source>Signature details</source>
        <translation>Сведения о подписи</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>The signature is valid</source>
        <translation>Подпись действительна</translation>
    </message>
    <message>
        <source>Signed by %1 on %2. The document has not been changed since it was signed.</source>
        <translation>Подписано: %1, %2. Документ не изменялся после подписания.</translation>
    </message>
    <message>
        <source>The signature is invalid</source>
        <translation>Подпись недействительна</translation>
    </message>
    <message>
        <source>The document was changed after signing, or the signature does not belong to it. Do not rely on its contents.</source>
        <translation>Документ изменён после подписания, или подпись относится не к нему. Не полагайтесь на его содержимое.</translation>
    </message>
    <message>
        <source>The signer is not known</source>
        <translation>Подписант неизвестен</translation>
    </message>
    <message>
        <source>The document is signed by %1, but that certificate does not come from a trusted state authority.</source>
        <translation>Документ подписан: %1, но этот сертификат выдан не доверенным государственным удостоверяющим центром.</translation>
    </message>
    <message>
        <source>an unknown party</source>
        <translation>неизвестная сторона</translation>
    </message>
    <message>
        <source>The signature has not been checked yet</source>
        <translation>Подпись ещё не проверена</translation>
    </message>
    <message>
        <source>It is checked when the document is downloaded.</source>
        <translation>Она проверяется при загрузке документа.</translation>
    </message>
    <message>
        <source>This file is not signed</source>
        <translation>Этот файл не подписан</translation>
    </message>
    <message>
        <source>You added this file yourself; no authority has signed it.</source>
        <translation>Вы добавили этот файл сами; никакое ведомство его не подписывало.</translation>
    </message>
    <message>
        <source>The issuing body did not sign this document.</source>
        <translation>Выдавшее ведомство не подписало этот документ.</translation>
    </message>
</context>
<context>
    <name>cp::ui::UnlockPage</name>
    <message>
        <source>The archive is locked</source>
        <translation>Архив заблокирован</translation>
    </message>
    <message>
        <source>Enter the passphrase of the archive to see your profile.</source>
        <translation>Введите парольную фразу архива, чтобы увидеть свой профиль.</translation>
    </message>
    <message>
        <source>Your profile is unlocked with the keychain of your session.</source>
        <translation>Профиль разблокируется хранилищем ключей вашего сеанса.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
</TS>
