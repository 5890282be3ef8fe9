// cp-svg-to-png: a build-time tool that draws an SVG icon into a square PNG
// of the given size, so that the hicolor PNG sizes come from the one SVG
// without an extra Debian package. Never installed.
//
//   cp-svg-to-png INPUT.svg SIZE OUTPUT.png
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: cp-svg-to-png INPUT.svg SIZE OUTPUT.png\n", stderr);
        return 2;
    }
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    if (!ok || size < 1 || size > 4096) {
        std::fputs("cp-svg-to-png: SIZE must be a whole number from 1 to 4096\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "cp-svg-to-png: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter);
    }
    // Written in one go, so that an interrupted build leaves no half PNG.
    QSaveFile out(args.at(3));
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        std::fprintf(stderr, "cp-svg-to-png: cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}
