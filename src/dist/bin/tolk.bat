@echo off
rem Runs Tolk from a release: needs only a Java 17+ runtime (JAVA_HOME, else java on the PATH).
setlocal
set "TOLK_HOME=%~dp0.."
if defined JAVA_HOME (set "TOLK_JAVA=%JAVA_HOME%\bin\java.exe") else (set "TOLK_JAVA=java")
set "TOLK_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxNewSize=192m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xss4m"
if "%~1"=="serve" set "TOLK_OPTS=-XX:+UseParallelGC -Xss4m"
"%TOLK_JAVA%" %TOLK_OPTS% %TOLK_JAVA_OPTS% -Dfile.encoding=UTF-8 -jar "%TOLK_HOME%\lib\tolk.jar" %*
exit /b %ERRORLEVEL%
