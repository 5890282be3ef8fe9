<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
</TS>
