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

# Arrows point down and never skip a layer: gui uses app, not storage;
# storage knows nothing of app or gui; core knows nothing above it.
function(forbid_includes layer_dirs pattern why)
    foreach(dir ${layer_dirs})
        file(GLOB_RECURSE files ${SOURCE_DIR}/${dir}/*)
        foreach(f ${files})
            file(STRINGS ${f} hits REGEX "${pattern}")
            if(hits)
                set(failures "${failures};${f}: ${why}: ${hits}" PARENT_SCOPE)
            endif()
        endforeach()
    endforeach()
endfunction()
forbid_includes("src/gui;include/tiller/gui" "#include[ \t]*\"tiller/storage/" "gui skips app to reach storage")
forbid_includes("src/storage;include/tiller/storage" "#include[ \t]*\"tiller/(app|gui)/" "storage includes an upper layer")
forbid_includes("src/core;include/tiller/core" "#include[ \t]*\"tiller/(storage|app|gui)/" "core includes an upper layer")
forbid_includes("src/app;include/tiller/app" "#include[ \t]*\"tiller/gui/" "app includes gui")

if(failures)
    string(REPLACE ";" "\n" text "${failures}")
    message(FATAL_ERROR "Layering violations:\n${text}")
endif()
message(STATUS "layering ok")
