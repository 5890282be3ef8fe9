// The decision dialog: everything a consent request carries, in plain words,
// before the citizen decides (consents-and-trust.md) — the organisation, its
// processors, the purpose, each requested record with a preview of the values
// that would leave, the actions, the access and term, and the operation's
// trust level against the citizen's. Grant stays disabled, with the reason,
// when the level does not suffice; a high-risk operation asks twice. The
// dialog only emits the decision: the view hands it to the outbox.
#pragma once

#include "consents/consentconfirmation.h"
#include "domain/consent.h"
#include "domain/record.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QMap>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cp::ui {

class ConsentRequestDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentRequestDialog(const domain::ConsentRequest &request,
                         std::optional<domain::TrustLevel> citizenLevel,
                         const QList<domain::Record> &latestRecords, QWidget *parent = nullptr);

    QString requestId() const { return m_request.id; }
    // The optional records the citizen left ticked.
    QStringList chosenOptionalRecords() const;
    void setConfirmation(Confirmation confirmation) { m_confirmation = std::move(confirmation); }
    static bool isHighRisk(domain::Operation operation);
    // Drops the previewed values (the app locks).
    void clearSensitive();

signals:
    void granted(const QString &requestId, const QStringList &optionalRecords);
    void denied(const QString &requestId);

private:
    QWidget *organisationSection();
    QWidget *processorsSection();
    QWidget *purposeSection();
    QWidget *recordsSection(const QList<domain::Record> &latestRecords);
    QWidget *accessSection();
    QWidget *trustSection();
    QWidget *previewOf(const domain::RequestedRecord &requested,
                       const QList<domain::Record> &latestRecords);
    QLabel *valueLabel(const QString &text, const QString &objectName,
                       const QString &accessibleName);
    void updateGrant();
    void onGrant();

    domain::ConsentRequest m_request;
    std::optional<domain::TrustLevel> m_citizenLevel;
    QString m_refusal;
    QMap<QString, QCheckBox *> m_optional;
    QHash<QLabel *, QString> m_secrets; // masked label → its value, until the lock
    QList<QLabel *> m_previews;
    QCheckBox *m_understand = nullptr;
    QPushButton *m_grant = nullptr;
    QPushButton *m_deny = nullptr;
    Confirmation m_confirmation;
};

} // namespace cp::ui
