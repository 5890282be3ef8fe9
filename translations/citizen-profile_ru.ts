<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Consent</name>
    <message>
        <source>Consumer loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mortgage loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compulsory motor insurance (OSAGO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehensive motor insurance (KASKO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification for financial services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing a bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a brokerage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-state pension agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit history report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit insurance payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microfinance organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-state pension fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit history bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit Insurance Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive and use the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the data on to the named processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>2-NDFL income certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension account statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of assigned pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment history extract (STD-R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-estate extract from EGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maternity capital balance statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of no tax arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>SNILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRNIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health insurance policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passport series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cadastral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has the wrong number of characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains characters that do not belong in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not written in its usual form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits of the %1 do not match: the register holds a wrong value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is from a range that cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCatalogue</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension and benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxes and debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property and vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the age of 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the age of 45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error in the passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfit for use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed (professional income tax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual entrepreneur on professional income tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt restructuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale of property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-court bankruptcy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single property complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic general education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary general education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary vocational education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgraduate education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional professional education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not subject to registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (fit with minor restrictions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V (limited fitness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G (temporarily unfit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D (unfit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAR identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax agent&apos;s INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income by month and code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension points (IPK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance record, years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRNIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area, sq. m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encumbrances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of manufacture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speciality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitness category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESIA / Ministry of Internal Affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry of Internal Affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Fund of Russia (SFR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal Tax Service (FNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified State Register of Civil Status Records (EGR ZAGS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFRSB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosreestr (EGRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic police (Gosavtoinspektsiya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIS GMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRDO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry of Defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FGIS FRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier passports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNILS (insurance number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxpayer number (INN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marriage records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income and tax (2-NDFL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments with contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension account statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pensions and benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maternity capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bankruptcy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle registration certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic fines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health insurance policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustLevel</name>
    <message>
        <source>Identification data verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data belongs to the person who presented it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is unique in its digital environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digital identity is determined by the presented identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier is unambiguously linked to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information services for individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information services for legal entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial operations of individuals within the provider&apos;s risk limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-risk financial operations of individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial operations of legal entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust level 1 (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust level 2 (medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust level 3 (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity has not been confirmed, and this request needs %1. Confirm your account at a service centre or through your bank, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is for an operation that needs %1, but your identification has %2. It cannot be granted until your identification reaches the needed level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
