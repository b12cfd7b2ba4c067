FROM docker:26.1-dind
# expect: no-host-devices "/dev/sda"
RUN docker run --device /dev/sda my/backup:1.0
# expect: no-host-devices "--device=/dev/fuse"
RUN docker run --device=/dev/fuse my/fuse:1.0
RUN docker run -d \
# expect: no-host-devices "'c 189:* rmw'"
      --device-cgroup-rule 'c 189:* rmw' \
      my/usb:1.0
# expect: no-host-devices "/dev/kvm"
ONBUILD RUN podman run --device /dev/kvm my/vm:1.0
RUN <<EOF
# expect: no-host-devices "/dev/snd"
docker run --device /dev/snd my/audio:1.0
EOF
# A device from a variable: reported, no quick fix offered.
# expect: no-host-devices "\"$DEVICE\""
RUN docker run --device "$DEVICE" my/backup:1.0
