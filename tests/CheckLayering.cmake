# Fails when a file below gui includes a Widgets-family header, or a file
# outside storage includes QtSql (architecture.md, "Layers").
set(widget_pattern "#include[ \t]*<(QtWidgets|QtCharts|QtPrintSupport|QtSvgWidgets|QWidget|QMainWindow|QDialog|QGraphicsView|QGraphicsScene|QAbstractButton|QPushButton|QLabel|QTableView|QApplication|QMessageBox|QLineEdit|QComboBox)[>/]")
set(sql_pattern "#include[ \t]*<(QtSql|QSql[A-Za-z]*)>")
set(failures "")

file(GLOB_RECURSE below_gui
    ${SOURCE_DIR}/src/core/* ${SOURCE_DIR}/src/storage/* ${SOURCE_DIR}/src/app/*
    ${SOURCE_DIR}/include/tiller/core/* ${SOURCE_DIR}/include/tiller/storage/* ${SOURCE_DIR}/include/tiller/app/*)
foreach(f ${below_gui})
    file(STRINGS ${f} hits REGEX "${widget_pattern}")
    if(hits)
        list(APPEND failures "${f}: widgets below gui: ${hits}")
    endif()
endforeach()

file(GLOB_RECURSE everything ${SOURCE_DIR}/src/* ${SOURCE_DIR}/include/*)
foreach(f ${everything})
    if(f MATCHES "/src/storage/" OR f MATCHES "/include/tiller/storage/")
        continue()
    endif()
    file(STRINGS ${f} hits REGEX "${sql_pattern}")
    if(hits)
        list(APPEND failures "${f}: QtSql outside storage: ${hits}")
    endif()
endforeach()

# core links Qt6::Core only: no QtGui either.
file(GLOB_RECURSE core_files ${SOURCE_DIR}/src/core/* ${SOURCE_DIR}/include/tiller/core/*)
foreach(f ${core_files})
    file(STRINGS ${f} hits REGEX "#include[ \t]*<(QtGui|QColor|QImage|QPixmap|QFont|QUndo[A-Za-z]*)>")
    if(hits)
        list(APPEND failures "${f}: Gui in core: ${hits}")
    endif()
endforeach()

if(failures)
    string(REPLACE ";" "\n" text "${failures}")
    message(FATAL_ERROR "Layering violations:\n${text}")
endif()
message(STATUS "layering ok")
