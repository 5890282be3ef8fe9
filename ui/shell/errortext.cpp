#include "errortext.h"

namespace cp::ui {

QString ErrorText::forApi(const net::ApiError &error)
{
    using Kind = net::ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::InsecureUrl:
        return tr("The server address must start with https://. An unencrypted connection is "
                  "never used.");
    case Kind::Configuration:
        return tr("The server settings cannot be used. Check the address and the CA file.");
    case Kind::Tls:
        return tr("The server's certificate is not trusted. Check that the CA file belongs to "
                  "this server.");
    case Kind::PinMismatch:
        return tr("The server's key is not the one pinned in the settings. Do not continue "
                  "unless the server's operator has announced a new key.");
    case Kind::Network:
        return tr("The server cannot be reached. Check the address and the connection.");
    case Kind::Timeout:
        return tr("The server did not answer in time. Try again later.");
    case Kind::Http:
        if (error.status == 401)
            return tr("The sign-in has ended. Sign in again.");
        if (error.status >= 500)
            return tr("The server has a problem at the moment. Try again later.");
        return tr("The server refused the request (%1).").arg(error.status);
    case Kind::Protocol:
        return tr("The server's answer could not be read.");
    case Kind::Storage:
        return tr("The archive could not be written. The disk may be full.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

QString ErrorText::wrongPassphrase()
{
    return tr("The passphrase is not correct.");
}

} // namespace cp::ui
