//ZNETLOAD JOB (ACCT),'ZNET LOAD',CLASS=A,MSGCLASS=X,
//             MSGLEVEL=(1,1)
//* Policy Agent members for S0W1.
//* Loads 3 member(s) into SYS1.S0W1.NETWORK.SECURITY.CONFIG.TCPPARMS.
//LOAD     EXEC PGM=IEBUPDTE,PARM=NEW
//SYSPRINT DD SYSOUT=*
//SYSUT2   DD DISP=SHR,DSN=SYS1.S0W1.NETWORK.SECURITY.CONFIG.TCPPARMS
//SYSIN    DD DATA,DLM=$@
./ ADD NAME=PAGENT
# main configuration
LogLevel    511
CodePage    ibm-1047
TcpImage    TCPIP //'USER.TCPPARMS(PAGENTI)' FLUSH NOPURGE 600
TcpImage    TCPIPB FLUSH PURGE
TTLSConfig  //'USER.TCPPARMS(ATTLS)' FLUSH PURGE

DmConfig
{
  SyslogLevel               7
  DefensiveFilterDirectory  /var/log/filters
}

DmStackConfig  TCPIP
{
  Mode         Simulate
}
./ ADD NAME=SYSLOG
//* not JCL
/* not a delimiter
$$ not the end
*.TCPIP.*.err /var/log/tcpip
./ ENDUP
$@
//* DOTS has records starting ./, which IEBUPDTE would read as control
//* statements: IEBGENER copies it without looking at its records.
//GEN001   EXEC PGM=IEBGENER,COND=(0,NE)
//SYSPRINT DD SYSOUT=*
//SYSIN    DD DUMMY
//SYSUT2   DD DISP=SHR,
//             DSN=SYS1.S0W1.NETWORK.SECURITY.CONFIG.TCPPARMS(DOTS)
//SYSUT1   DD DATA,DLM=$$
# a file with
./ ADD NAME=EVIL
in it
$$
