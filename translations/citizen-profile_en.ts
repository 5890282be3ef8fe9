<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Consent</name>
    <message>
        <source>Consumer loan</source>
        <translation>Consumer loan</translation>
    </message>
    <message>
        <source>Mortgage loan</source>
        <translation>Mortgage loan</translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation>Car loan</translation>
    </message>
    <message>
        <source>Compulsory motor insurance (OSAGO)</source>
        <translation>Compulsory motor insurance (OSAGO)</translation>
    </message>
    <message>
        <source>Comprehensive motor insurance (KASKO)</source>
        <translation>Comprehensive motor insurance (KASKO)</translation>
    </message>
    <message>
        <source>Life insurance</source>
        <translation>Life insurance</translation>
    </message>
    <message>
        <source>Identification for financial services</source>
        <translation>Identification for financial services</translation>
    </message>
    <message>
        <source>Issuing a bank card</source>
        <translation>Issuing a bank card</translation>
    </message>
    <message>
        <source>Opening a bank account</source>
        <translation>Opening a bank account</translation>
    </message>
    <message>
        <source>Opening a deposit</source>
        <translation>Opening a deposit</translation>
    </message>
    <message>
        <source>Opening a brokerage account</source>
        <translation>Opening a brokerage account</translation>
    </message>
    <message>
        <source>Non-state pension agreement</source>
        <translation>Non-state pension agreement</translation>
    </message>
    <message>
        <source>Credit history report</source>
        <translation>Credit history report</translation>
    </message>
    <message>
        <source>Deposit insurance payout</source>
        <translation>Deposit insurance payout</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Insurance company</source>
        <translation>Insurance company</translation>
    </message>
    <message>
        <source>Microfinance organisation</source>
        <translation>Microfinance organisation</translation>
    </message>
    <message>
        <source>Non-state pension fund</source>
        <translation>Non-state pension fund</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Credit history bureau</source>
        <translation>Credit history bureau</translation>
    </message>
    <message>
        <source>Deposit Insurance Agency</source>
        <translation>Deposit Insurance Agency</translation>
    </message>
    <message>
        <source>Receive and use the data</source>
        <translation>Receive and use the data</translation>
    </message>
    <message>
        <source>Pass the data on to the named processors</source>
        <translation>Pass the data on to the named processors</translation>
    </message>
    <message>
        <source>One-time access</source>
        <translation>One-time access</translation>
    </message>
    <message>
        <source>Periodic access</source>
        <translation>Periodic access</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>Waiting for your decision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Expired without an answer</source>
        <translation>Expired without an answer</translation>
    </message>
    <message>
        <source>Withdrawn by the organisation</source>
        <translation>Withdrawn by the organisation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoked by you</source>
        <translation>Revoked by you</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>Term ended</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>2-NDFL income certificate</source>
        <translation>2-NDFL income certificate</translation>
    </message>
    <message>
        <source>Pension account statement</source>
        <translation>Pension account statement</translation>
    </message>
    <message>
        <source>Certificate of assigned pension</source>
        <translation>Certificate of assigned pension</translation>
    </message>
    <message>
        <source>Employment history extract (STD-R)</source>
        <translation>Employment history extract (STD-R)</translation>
    </message>
    <message>
        <source>Real-estate extract from EGRN</source>
        <translation>Real-estate extract from EGRN</translation>
    </message>
    <message>
        <source>Maternity capital balance statement</source>
        <translation>Maternity capital balance statement</translation>
    </message>
    <message>
        <source>Certificate of no tax arrears</source>
        <translation>Certificate of no tax arrears</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Added by you</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <source>personal INN</source>
        <translation>personal INN</translation>
    </message>
    <message>
        <source>organisation INN</source>
        <translation>organisation INN</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>OGRN</translation>
    </message>
    <message>
        <source>OGRNIP</source>
        <translation>OGRNIP</translation>
    </message>
    <message>
        <source>health insurance policy number</source>
        <translation>health insurance policy number</translation>
    </message>
    <message>
        <source>passport series</source>
        <translation>passport series</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>passport number</translation>
    </message>
    <message>
        <source>department code</source>
        <translation>department code</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>cadastral number</source>
        <translation>cadastral number</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>The %1 is empty.</translation>
    </message>
    <message>
        <source>The %1 has the wrong number of characters.</source>
        <translation>The %1 has the wrong number of characters.</translation>
    </message>
    <message>
        <source>The %1 contains characters that do not belong in it.</source>
        <translation>The %1 contains characters that do not belong in it.</translation>
    </message>
    <message>
        <source>The %1 is not written in its usual form.</source>
        <translation>The %1 is not written in its usual form.</translation>
    </message>
    <message>
        <source>The %1 is from a range that cannot be checked.</source>
        <translation>The %1 is from a range that cannot be checked.</translation>
    </message>
    <message>
        <source>The check digits of the %1 do not match, so the value is wrong.</source>
        <translation>The check digits of the %1 do not match, so the value is wrong.</translation>
    </message>
</context>
<context>
    <name>RecordCatalogue</name>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Reached the age of 20</source>
        <translation>Reached the age of 20</translation>
    </message>
    <message>
        <source>Reached the age of 45</source>
        <translation>Reached the age of 45</translation>
    </message>
    <message>
        <source>Change of personal data</source>
        <translation>Change of personal data</translation>
    </message>
    <message>
        <source>Error in the passport</source>
        <translation>Error in the passport</translation>
    </message>
    <message>
        <source>Unfit for use</source>
        <translation>Unfit for use</translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation>Lost or stolen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Hired</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Self-employed (professional income tax)</source>
        <translation>Self-employed (professional income tax)</translation>
    </message>
    <message>
        <source>Individual entrepreneur</source>
        <translation>Individual entrepreneur</translation>
    </message>
    <message>
        <source>Individual entrepreneur on professional income tax</source>
        <translation>Individual entrepreneur on professional income tax</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Petition filed</source>
        <translation>Petition filed</translation>
    </message>
    <message>
        <source>Debt restructuring</source>
        <translation>Debt restructuring</translation>
    </message>
    <message>
        <source>Sale of property</source>
        <translation>Sale of property</translation>
    </message>
    <message>
        <source>Out-of-court bankruptcy</source>
        <translation>Out-of-court bankruptcy</translation>
    </message>
    <message>
        <source>Land plot</source>
        <translation>Land plot</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Unfinished construction</source>
        <translation>Unfinished construction</translation>
    </message>
    <message>
        <source>Parking place</source>
        <translation>Parking place</translation>
    </message>
    <message>
        <source>Single property complex</source>
        <translation>Single property complex</translation>
    </message>
    <message>
        <source>Basic general education</source>
        <translation>Basic general education</translation>
    </message>
    <message>
        <source>Secondary general education</source>
        <translation>Secondary general education</translation>
    </message>
    <message>
        <source>Secondary vocational education</source>
        <translation>Secondary vocational education</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>Bachelor&apos;s degree</translation>
    </message>
    <message>
        <source>Specialist degree</source>
        <translation>Specialist degree</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Master&apos;s degree</translation>
    </message>
    <message>
        <source>Postgraduate education</source>
        <translation>Postgraduate education</translation>
    </message>
    <message>
        <source>Additional professional education</source>
        <translation>Additional professional education</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Removed from the register</source>
        <translation>Removed from the register</translation>
    </message>
    <message>
        <source>Not subject to registration</source>
        <translation>Not subject to registration</translation>
    </message>
    <message>
        <source>A (fit)</source>
        <translation>A (fit)</translation>
    </message>
    <message>
        <source>B (fit with minor restrictions)</source>
        <translation>B (fit with minor restrictions)</translation>
    </message>
    <message>
        <source>V (limited fitness)</source>
        <translation>V (limited fitness)</translation>
    </message>
    <message>
        <source>G (temporarily unfit)</source>
        <translation>G (temporarily unfit)</translation>
    </message>
    <message>
        <source>D (unfit)</source>
        <translation>D (unfit)</translation>
    </message>
    <message>
        <source>Group I</source>
        <translation>Group I</translation>
    </message>
    <message>
        <source>Group II</source>
        <translation>Group II</translation>
    </message>
    <message>
        <source>Group III</source>
        <translation>Group III</translation>
    </message>
    <message>
        <source>Disabled child</source>
        <translation>Disabled child</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Department code</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Replaced on</translation>
    </message>
    <message>
        <source>Reason for replacement</source>
        <translation>Reason for replacement</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Tax office</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Mobile phone verified</source>
        <translation>Mobile phone verified</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail verified</source>
        <translation>E-mail verified</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Full address</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>GAR identifier</source>
        <translation>GAR identifier</translation>
    </message>
    <message>
        <source>Registered since</source>
        <translation>Registered since</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Act record number</source>
        <translation>Act record number</translation>
    </message>
    <message>
        <source>Date of the record</source>
        <translation>Date of the record</translation>
    </message>
    <message>
        <source>Spouse&apos;s name</source>
        <translation>Spouse&apos;s name</translation>
    </message>
    <message>
        <source>Registry office</source>
        <translation>Registry office</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>Child&apos;s name</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Employer&apos;s INN</source>
        <translation>Employer&apos;s INN</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tax agent</source>
        <translation>Tax agent</translation>
    </message>
    <message>
        <source>Tax agent&apos;s INN</source>
        <translation>Tax agent&apos;s INN</translation>
    </message>
    <message>
        <source>Income by month and code</source>
        <translation>Income by month and code</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Total income</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>Tax withheld</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Sum of payments</source>
        <translation>Sum of payments</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Pension points (IPK)</source>
        <translation>Pension points (IPK)</translation>
    </message>
    <message>
        <source>Insurance record, years</source>
        <translation>Insurance record, years</translation>
    </message>
    <message>
        <source>Pension savings</source>
        <translation>Pension savings</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount per month</source>
        <translation>Amount per month</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Remaining balance</source>
        <translation>Remaining balance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OGRNIP</source>
        <translation>OGRNIP</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Penalties</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Date opened</source>
        <translation>Date opened</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <source>Cadastral number</source>
        <translation>Cadastral number</translation>
    </message>
    <message>
        <source>Area, sq. m</source>
        <translation>Area, sq. m</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Encumbrances</source>
        <translation>Encumbrances</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation>Registration plate</translation>
    </message>
    <message>
        <source>Year of manufacture</source>
        <translation>Year of manufacture</translation>
    </message>
    <message>
        <source>Series and number</source>
        <translation>Series and number</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Resolution number</source>
        <translation>Resolution number</translation>
    </message>
    <message>
        <source>Date of the resolution</source>
        <translation>Date of the resolution</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Discount deadline</source>
        <translation>Discount deadline</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Speciality</source>
        <translation>Speciality</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Year of graduation</source>
        <translation>Year of graduation</translation>
    </message>
    <message>
        <source>Fitness category</source>
        <translation>Fitness category</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>ESIA / Ministry of Internal Affairs</source>
        <translation>ESIA / Ministry of Internal Affairs</translation>
    </message>
    <message>
        <source>Ministry of Internal Affairs</source>
        <translation>Ministry of Internal Affairs</translation>
    </message>
    <message>
        <source>ESIA</source>
        <translation>ESIA</translation>
    </message>
    <message>
        <source>Social Fund of Russia (SFR)</source>
        <translation>Social Fund of Russia (SFR)</translation>
    </message>
    <message>
        <source>Federal Tax Service (FNS)</source>
        <translation>Federal Tax Service (FNS)</translation>
    </message>
    <message>
        <source>Unified State Register of Civil Status Records (EGR ZAGS)</source>
        <translation>Unified State Register of Civil Status Records (EGR ZAGS)</translation>
    </message>
    <message>
        <source>FSSP</source>
        <translation>FSSP</translation>
    </message>
    <message>
        <source>EFRSB</source>
        <translation>EFRSB</translation>
    </message>
    <message>
        <source>Rosreestr (EGRN)</source>
        <translation>Rosreestr (EGRN)</translation>
    </message>
    <message>
        <source>Traffic police (Gosavtoinspektsiya)</source>
        <translation>Traffic police (Gosavtoinspektsiya)</translation>
    </message>
    <message>
        <source>GIS GMP</source>
        <translation>GIS GMP</translation>
    </message>
    <message>
        <source>FOMS</source>
        <translation>FOMS</translation>
    </message>
    <message>
        <source>FRDO</source>
        <translation>FRDO</translation>
    </message>
    <message>
        <source>Ministry of Defence</source>
        <translation>Ministry of Defence</translation>
    </message>
    <message>
        <source>FGIS FRI</source>
        <translation>FGIS FRI</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Russian passport</source>
        <translation>Russian passport</translation>
    </message>
    <message>
        <source>Earlier passports</source>
        <translation>Earlier passports</translation>
    </message>
    <message>
        <source>International passport</source>
        <translation>International passport</translation>
    </message>
    <message>
        <source>SNILS (insurance number)</source>
        <translation>SNILS (insurance number)</translation>
    </message>
    <message>
        <source>Taxpayer number (INN)</source>
        <translation>Taxpayer number (INN)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>Temporary registration</source>
        <translation>Temporary registration</translation>
    </message>
    <message>
        <source>Marriage records</source>
        <translation>Marriage records</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Employment history</source>
        <translation>Employment history</translation>
    </message>
    <message>
        <source>Income and tax (2-NDFL)</source>
        <translation>Income and tax (2-NDFL)</translation>
    </message>
    <message>
        <source>Payments with contributions</source>
        <translation>Payments with contributions</translation>
    </message>
    <message>
        <source>Pension account statement</source>
        <translation>Pension account statement</translation>
    </message>
    <message>
        <source>Pensions and benefits</source>
        <translation>Pensions and benefits</translation>
    </message>
    <message>
        <source>Maternity capital</source>
        <translation>Maternity capital</translation>
    </message>
    <message>
        <source>Self-employment status</source>
        <translation>Self-employment status</translation>
    </message>
    <message>
        <source>Tax arrears</source>
        <translation>Tax arrears</translation>
    </message>
    <message>
        <source>Enforcement proceedings</source>
        <translation>Enforcement proceedings</translation>
    </message>
    <message>
        <source>Bankruptcy</source>
        <translation>Bankruptcy</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Real estate</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Vehicle registration certificates</source>
        <translation>Vehicle registration certificates</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Traffic fines</source>
        <translation>Traffic fines</translation>
    </message>
    <message>
        <source>Health insurance policy</source>
        <translation>Health insurance policy</translation>
    </message>
    <message>
        <source>Military registration</source>
        <translation>Military registration</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Birth certificate series</source>
        <translation>Birth certificate series</translation>
    </message>
    <message>
        <source>Birth certificate number</source>
        <translation>Birth certificate number</translation>
    </message>
    <message>
        <source>Capital certificate number</source>
        <translation>Capital certificate number</translation>
    </message>
</context>
<context>
    <name>RecordCategory</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation>Work and income</translation>
    </message>
    <message>
        <source>Pension and benefits</source>
        <translation>Pension and benefits</translation>
    </message>
    <message>
        <source>Taxes and debts</source>
        <translation>Taxes and debts</translation>
    </message>
    <message>
        <source>Property and vehicles</source>
        <translation>Property and vehicles</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Military service</translation>
    </message>
</context>
<context>
    <name>TrustLevel</name>
    <message>
        <source>Identification data verified</source>
        <translation>Identification data verified</translation>
    </message>
    <message>
        <source>The data belongs to the person who presented it</source>
        <translation>The data belongs to the person who presented it</translation>
    </message>
    <message>
        <source>The data is unique in its digital environment</source>
        <translation>The data is unique in its digital environment</translation>
    </message>
    <message>
        <source>The digital identity is determined by the presented identifier</source>
        <translation>The digital identity is determined by the presented identifier</translation>
    </message>
    <message>
        <source>The identifier is unambiguously linked to the person</source>
        <translation>The identifier is unambiguously linked to the person</translation>
    </message>
    <message>
        <source>Information services for individuals</source>
        <translation>Information services for individuals</translation>
    </message>
    <message>
        <source>Information services for legal entities</source>
        <translation>Information services for legal entities</translation>
    </message>
    <message>
        <source>Financial operations of individuals within the provider&apos;s risk limits</source>
        <translation>Financial operations of individuals within the provider&apos;s risk limits</translation>
    </message>
    <message>
        <source>High-risk financial operations of individuals</source>
        <translation>High-risk financial operations of individuals</translation>
    </message>
    <message>
        <source>Financial operations of legal entities</source>
        <translation>Financial operations of legal entities</translation>
    </message>
    <message>
        <source>Some confidence</source>
        <translation>Some confidence</translation>
    </message>
    <message>
        <source>Moderate confidence</source>
        <translation>Moderate confidence</translation>
    </message>
    <message>
        <source>Substantial confidence</source>
        <translation>Substantial confidence</translation>
    </message>
    <message>
        <source>Trust level 1 (low)</source>
        <translation>Trust level 1 (low)</translation>
    </message>
    <message>
        <source>Trust level 2 (medium)</source>
        <translation>Trust level 2 (medium)</translation>
    </message>
    <message>
        <source>Trust level 3 (high)</source>
        <translation>Trust level 3 (high)</translation>
    </message>
    <message>
        <source>Your identity has not been confirmed, and this request needs %1. Confirm your account at a service centre or through your bank, then try again.</source>
        <translation>Your identity has not been confirmed, and this request needs %1. Confirm your account at a service centre or through your bank, then try again.</translation>
    </message>
    <message>
        <source>This request is for an operation that needs %1, but your identification has %2. It cannot be granted until your identification reaches the needed level.</source>
        <translation>This request is for an operation that needs %1, but your identification has %2. It cannot be granted until your identification reaches the needed level.</translation>
    </message>
</context>
</TS>
