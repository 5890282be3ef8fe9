// Plain words for what went wrong with the server, for the citizen: not
// reachable, certificate not trusted, key pin changed, signed out… The
// technical detail stays in the log.
#pragma once

#include "net/apierror.h"

#include <QCoreApplication>
#include <QString>

namespace cp::ui {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(cp::ui::ErrorText)

public:
    static QString forApi(const net::ApiError &error);
    static QString wrongPassphrase();
};

} // namespace cp::ui
